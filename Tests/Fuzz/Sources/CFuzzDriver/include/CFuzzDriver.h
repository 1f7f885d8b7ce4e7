// libFuzzer's driver, called from a fuzz target's own main (SwiftPM gives every executable its
// main; the fuzzer's runtime then runs the target's callback). Provided by -sanitize=fuzzer.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
