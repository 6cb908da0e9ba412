# Run as a script (cmake -P) at build time: writes a C++ source that holds the bytes of INPUT (a
# compiled message catalogue), so the program needs no data files at run time.
file(READ "${INPUT}" content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${content}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT_NAME} by cmake/EmbedBinary.cmake; do not edit.\n"
  "#include <string_view>\n"
  "namespace ${NAMESPACE} {\n"
  "std::string_view ${FUNCTION}()\n{\n"
  "    static constexpr unsigned char bytes[] = {\n${bytes}0};\n"
  "    return {reinterpret_cast<const char*>(bytes), sizeof(bytes) - 1};\n}\n}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
