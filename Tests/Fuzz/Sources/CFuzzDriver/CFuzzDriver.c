// Intentionally empty: the header declares libFuzzer's driver, linked in by -sanitize=fuzzer.
