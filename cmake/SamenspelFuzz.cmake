# The fuzz build (tests/fuzz/run.sh): clang, with coverage for libFuzzer and ASan + UBSan on our own
# code. Only what the targets need is built, so that CI can afford it on two cores.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "SAMENSPEL_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
# UBSan must abort, or libFuzzer would not see undefined behaviour as a finding.
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
add_subdirectory(core)
add_subdirectory(db)
add_subdirectory(tests/fuzz)
