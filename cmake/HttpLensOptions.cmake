# One interface target carries the language standard, the warnings and the strict Qt
# defines; every target of the project links it, so none can drift.
add_library(httplens_options INTERFACE)
add_library(HttpLens::Options ALIAS httplens_options)

target_compile_features(httplens_options INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(httplens_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    HTTPLENS_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(httplens_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(HTTPLENS_WERROR)
        target_compile_options(httplens_options INTERFACE -Werror)
    endif()
    if(HTTPLENS_SANITIZE)
        target_compile_options(httplens_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(httplens_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# Fuzzing instruments the whole core for libFuzzer's coverage, with ASan and UBSan watching.
if(HTTPLENS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "HTTPLENS_FUZZ needs clang (CXX=clang++)")
    endif()
    target_compile_options(httplens_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(httplens_options INTERFACE -fsanitize=address,undefined)
endif()
