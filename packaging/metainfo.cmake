# Writes the AppStream metainfo: METAINFO_IN -> METAINFO_OUT with PROJECT_VERSION. Screenshots in
# AppStream must be web addresses, and HTTP Lens has no public home yet, so they are listed only
# when HTTPLENS_SCREENSHOT_BASE_URL says where docs/screenshots/ is served. Included by
# packaging/CMakeLists.txt, and run on its own (cmake -P) by the packaging test.
set(HTTPLENS_METAINFO_SCREENSHOTS "")
if(HTTPLENS_SCREENSHOT_BASE_URL)
    set(_shots "  <screenshots>\n")
    set(_type " type=\"default\"")
    foreach(shot IN ITEMS window-304-explain-1366x768 window-conditional-1366x768
                          compare-200-304-1366x768 check-1366x768)
        string(APPEND _shots "    <screenshot${_type}>\n"
            "      <image>${HTTPLENS_SCREENSHOT_BASE_URL}en-${shot}.png</image>\n"
            "      <image xml:lang=\"zh_CN\">${HTTPLENS_SCREENSHOT_BASE_URL}zh-${shot}.png</image>\n"
            "    </screenshot>\n")
        set(_type "")
    endforeach()
    string(APPEND _shots "  </screenshots>\n")
    set(HTTPLENS_METAINFO_SCREENSHOTS "${_shots}")
endif()
configure_file(${METAINFO_IN} ${METAINFO_OUT} @ONLY)
