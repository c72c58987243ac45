//! librjit_llvm.so: the code generator library. Its exported C functions are
//! `_rjit::tier1_llvm::ffi`'s (`rjit_llvm_build_id`, `rjit_llvm_emit`, `rjit_llvm_orc_link`)
//! and `_rjit::driver::serve`'s `rjit_llvm_serve` (the code generator process);
//! this crate only makes them a shared library and links LLVM into it (`build.rs`).

pub use _rjit::driver::serve::rjit_llvm_serve;
pub use _rjit::tier1_llvm::ffi::{rjit_llvm_build_id, rjit_llvm_emit, rjit_llvm_orc_link};
