# Precompiled headers (SEG_PCH): the engine parses nlohmann/json.hpp (through util/json.h) and the
# standard library in almost every file, which was about half of a typical file's compile time;
# compiling those headers once per target cuts the clean build (CI builds twice: default and the
# ASan/UBSan pass). Off by default when a compiler launcher (ccache) is set: ccache does not cache
# files compiled against a precompiled header without extra sloppiness settings, and a developer's
# incremental builds gain more from ccache. A precompiled header that does not fit a file's flags is
# ignored by the compiler (it reads the headers instead), so the result never depends on it.
if(CMAKE_CXX_COMPILER_LAUNCHER OR DEFINED ENV{CMAKE_CXX_COMPILER_LAUNCHER})
  set(_seg_pch_default OFF)
else()
  set(_seg_pch_default ON)
endif()
option(SEG_PCH "Precompiled headers for the engine, the CLI and the non-GUI tests" ${_seg_pch_default})

# The headers every engine file pays for.
set(SEG_PCH_ENGINE_HEADERS
  <nlohmann/json.hpp> <algorithm> <cstdint> <filesystem> <functional> <map> <memory> <optional>
  <string> <string_view> <unordered_map> <utility> <variant> <vector>)

# seg_use_engine_pch(<target>): the engine's headers, precompiled for that target.
function(seg_use_engine_pch target)
  if(SEG_PCH)
    target_precompile_headers(${target} PRIVATE ${SEG_PCH_ENGINE_HEADERS})
  endif()
endfunction()
