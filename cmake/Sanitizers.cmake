# ASan + UBSan for the whole tree (configure with -DSEG_SANITIZE=ON or the "asan" preset).
if(SEG_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
# Fuzzing (preset "fuzz", clang): everything carries libFuzzer's coverage hooks plus ASan and
# UBSan; the fuzz executables link libFuzzer itself (fuzz/CMakeLists.txt).
if(SEG_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
