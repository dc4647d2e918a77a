// Compiles the precompiled header the non-GUI tests share (tests/CMakeLists.txt, SEG_PCH).
