# Packaging (included from the top-level CMakeLists.txt): `cpack --config build/CPackConfig.cmake`
# or `cmake --build build --target package` writes segment-studio-<version>-Linux.tar.gz and a
# .deb. The executables install themselves (install(TARGETS) next to their targets); this file
# adds the demo project, the documentation and the package metadata.
include(GNUInstallDirs)

set(SEG_PACKAGE_NAME segment-studio)
set(SEG_DATA_DIR ${CMAKE_INSTALL_DATADIR}/${SEG_PACKAGE_NAME})
set(SEG_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/${SEG_PACKAGE_NAME})

if(EXISTS ${PROJECT_SOURCE_DIR}/resources/demo)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/demo/ DESTINATION ${SEG_DATA_DIR}/demo)
endif()
foreach(doc README.md docs/segment-graph.md)
  if(EXISTS ${PROJECT_SOURCE_DIR}/${doc})
    install(FILES ${PROJECT_SOURCE_DIR}/${doc} DESTINATION ${SEG_DOC_DIR})
  endif()
endforeach()

set(CPACK_PACKAGE_NAME ${SEG_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "Segment Studio")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# One string: several quoted arguments would become a CMake list joined with ';'.
set(CPACK_PACKAGE_DESCRIPTION "Segment Studio designs customer segments as a node graph, checks them \
against the data, runs them sequentially or in parallel and exports the members as CSV. Includes \
the headless segstudio-cli and a demo project.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY ${SEG_PACKAGE_NAME})
set(CPACK_PACKAGE_CONTACT "Segment Studio maintainers <segment-studio@localhost>")
set(CPACK_GENERATOR "TGZ;DEB")
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "\\\\.user$")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Runtime libraries (Qt, oneTBB, SQLite) are found by dpkg-shlibdeps from the built binaries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

include(CPack)
