# ASan + UBSan for the whole tree (configure with -DSEG_SANITIZE=ON or the "asan" preset).
if(SEG_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
