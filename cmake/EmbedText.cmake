# Run as a script (cmake -P) at build time: writes a C++ source that holds INPUT as a
# string, so the program carries its instrument and needs no data files at run time.
file(READ "${INPUT}" content)
string(LENGTH "${content}" length)
set(delimiter "SAMENSPEL_EMBED")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT_NAME} by cmake/EmbedText.cmake; do not edit.\n"
  "#include <string_view>\n"
  "namespace ${NAMESPACE} {\n"
  "std::string_view ${FUNCTION}()\n{\n"
  "    static constexpr char text[] = R\"${delimiter}(${content})${delimiter}\";\n"
  "    return {text, sizeof(text) - 1};\n}\n}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
