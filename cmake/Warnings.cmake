# One INTERFACE target carries the project's warning flags, so every target opts in
# with a single target_link_libraries() line instead of repeating compiler options.
add_library(seg_warnings INTERFACE)
add_library(seg::warnings ALIAS seg_warnings)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  # -Wshadow=local is GCC's; clang (the fuzz preset) does not know it.
  target_compile_options(seg_warnings INTERFACE -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
                         -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
endif()
