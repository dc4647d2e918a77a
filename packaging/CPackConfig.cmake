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

# Desktop integration (issue 19): what a Debian maintainer expects of a Qt application.
set(SEG_APP_ID org.segmentstudio.SegmentStudio)
set(pkg ${PROJECT_SOURCE_DIR}/packaging)
install(FILES ${pkg}/desktop/${SEG_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
# The metainfo's release entry takes the version from project() (the one place it is set).
configure_file(${pkg}/desktop/${SEG_APP_ID}.metainfo.xml ${CMAKE_BINARY_DIR}/packaging/${SEG_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/packaging/${SEG_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${pkg}/desktop/segment-studio-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME segment-studio.xml)
install(DIRECTORY ${pkg}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
if(EXISTS ${PROJECT_SOURCE_DIR}/docs/screenshots)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/screenshots DESTINATION ${SEG_DATA_DIR})
endif()
install(FILES ${pkg}/copyright DESTINATION ${SEG_DOC_DIR})

# Debian wants the changelog compressed with gzip -9n (no name or time stamp: reproducible).
find_program(SEG_GZIP gzip)
if(SEG_GZIP)
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/changelog.gz
    COMMAND ${SEG_GZIP} -9nc ${pkg}/changelog > ${CMAKE_BINARY_DIR}/packaging/changelog.gz
    DEPENDS ${pkg}/changelog VERBATIM)
  add_custom_target(seg_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.gz DESTINATION ${SEG_DOC_DIR})
endif()

# Manual pages made from the programs' own --help and --version (help2man), so they never
# drift from the help text.
find_program(SEG_HELP2MAN help2man)
if(SEG_HELP2MAN AND SEG_GZIP)
  set(man_pages)
  set(man_segstudio-cli_name "design, check, run and export customer segments without the GUI")
  set(man_segstudio_name "design, check and export customer segments")
  set(man_programs segstudio-cli)
  if(TARGET segstudio)
    list(APPEND man_programs segstudio)
  endif()
  foreach(program IN LISTS man_programs)
    set(page ${CMAKE_BINARY_DIR}/packaging/${program}.1.gz)
    add_custom_command(OUTPUT ${page}
      COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
              ${SEG_HELP2MAN} --no-info --no-discard-stderr --section 1 --name "${man_${program}_name}"
              --output ${CMAKE_BINARY_DIR}/packaging/${program}.1 $<TARGET_FILE:${program}>
      COMMAND ${SEG_GZIP} -9nf ${CMAKE_BINARY_DIR}/packaging/${program}.1
      DEPENDS ${program} VERBATIM)
    list(APPEND man_pages ${page})
  endforeach()
  add_custom_target(seg_man_pages ALL DEPENDS ${man_pages})
  install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

set(CPACK_PACKAGE_NAME ${SEG_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "Segment Studio")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# One string: several quoted arguments would become a CMake list joined with ';'.
set(CPACK_PACKAGE_DESCRIPTION "Segment Studio designs customer segments as a node graph, checks them \
against the data, runs them sequentially or in parallel and exports the members as CSV. Includes \
the headless segstudio-cli and a demo project.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY ${SEG_PACKAGE_NAME})
set(CPACK_PACKAGE_CONTACT "The Segment Studio developers <maintainers@segment-studio.example>")
set(CPACK_GENERATOR "TGZ;DEB")
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "\\\\.user$")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The extended description, wrapped for dpkg (lines under 80 columns).
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Segment Studio designs customer segments as a node graph, checks them against
the data, runs them sequentially or in parallel and exports the members as
CSV. Includes the headless segstudio-cli and a demo project.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Runtime libraries (Qt, oneTBB, SQLite) are found by dpkg-shlibdeps from the built binaries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

include(CPack)
