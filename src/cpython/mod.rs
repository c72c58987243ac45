//! The only code that knows CPython 3.11's private layouts and unexported conventions.
//!
//! `repr(C)` mirrors of `_PyInterpreterFrame` and `PyCodeObject` (pyo3-ffi's 3.11 code object is
//! wrong and its hook declarations are gone), field offsets of `PyThreadState`, `_PyCFrame` and
//! `PyInterpreterState`, the PEP 523 hook signature and the co_extra storage. Every offset is
//! checked at compile time against the values read with gdb from 3.11.7
//! (notes/cpython311-pep523.md §3). Everyone else goes through the functions here.
//! Allowed dependencies: pyo3-ffi only.

pub mod ffi;
pub mod frames;
pub mod layout;

pub use layout::*;
