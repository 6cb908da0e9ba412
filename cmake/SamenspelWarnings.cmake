# Warnings are set per target, never globally, so third-party headers stay quiet.
function(samenspel_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion)
  if(SAMENSPEL_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# The core library is the domain: it may link the standard library and nlohmann-json only.
# Checked at configure time so a forbidden dependency never gets as far as a build.
function(samenspel_check_core_links target)
  get_target_property(links ${target} LINK_LIBRARIES)
  get_target_property(ilinks ${target} INTERFACE_LINK_LIBRARIES)
  foreach(lib IN LISTS links ilinks)
    if(lib AND NOT lib MATCHES "^(\\$<LINK_ONLY:)?nlohmann_json::nlohmann_json>?$")
      message(FATAL_ERROR "core may depend on the standard library and nlohmann-json only, but links '${lib}'")
    endif()
  endforeach()
endfunction()
