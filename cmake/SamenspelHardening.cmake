# The hardening Debian's own packages are built with (dpkg-buildflags with hardening=+all), for
# every build, so that the tests run the code that is shipped: checked buffer functions, stack
# protection, and a read-only relocation table bound at start-up. lintian reports their absence.
include(CheckCXXSourceCompiles)
# A compiler that sets _FORTIFY_SOURCE itself when optimising (Ubuntu's) would warn about a second
# definition.
set(CMAKE_REQUIRED_FLAGS -O2)
check_cxx_source_compiles("#ifdef _FORTIFY_SOURCE\n#error already set\n#endif\nint main() { return 0; }"
                          SAMENSPEL_FORTIFY_UNSET)
unset(CMAKE_REQUIRED_FLAGS)
if(SAMENSPEL_FORTIFY_UNSET AND NOT CMAKE_BUILD_TYPE STREQUAL "Debug") # it needs optimisation
  add_compile_definitions(_FORTIFY_SOURCE=2)
endif()
add_compile_options(-fstack-protector-strong -fstack-clash-protection -fcf-protection -Wformat -Werror=format-security)
add_link_options(LINKER:-z,relro LINKER:-z,now)
