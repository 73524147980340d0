// libFuzzer's entry point for programs that have their own main (libclang_rt.fuzzer_no_main).
#ifndef NSUMM_FUZZER_DRIVER_H
#define NSUMM_FUZZER_DRIVER_H
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
