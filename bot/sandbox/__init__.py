"""The offline sandbox: the loopback Bot API server (`loopback`, also used by the tests), the
web chat page (`web`) and `python -m bot demo` (`demo`), which runs the real bot against them."""
