//! The typed middle (ARCHITECTURE.md, "Where the design goes next"): a code object as SSA
//! over basic blocks, where the interpreter frame state at every point that may deopt or raise
//! is explicit (`ir::FrameState`) and every value has a type (`types`).
//!
//! ```text
//! CodeSnapshot + bytecode::Analysed ─► build (stack and locals → SSA, block parameters)
//!                                   ─► types::propagate (types to a fixpoint)
//!                                   ─► specialise (guards where quickening saw int, float,
//!                                      str, list, tuple or dict operands; a guarded value is
//!                                      read through its guard wherever that dominates
//!                                      (`dom`); types again; redundant guards go)
//!                                   ─► inline (small pure callees in place of their CALLs,
//!                                      behind a check of the function's code)
//!                                   ─► hoist (loop-invariant guards to the loop's entry edge)
//!                                   ─► repr::plan (which Int/Float values live as i64/f64)
//!                                   ─► kernel::loops (which loops can run as typed kernels)
//!                                   ─► print::render (text form: filetests, _dump_hir)
//! ```
//! The form, its construction and type propagation are tested through its text form
//! (`tests/filetests/hir/`); the typed tier (`tier1_llvm::lower::typed`, `RJIT_TYPED=1`)
//! lowers it to LLVM for the functions `lowerable::check` takes.
//!
//! Invariants: see `ir`; `build` never fails on valid bytecode except with `Unsupported`
//! (a reason, never a panic), and the text form depends on the code object alone.
//! Allowed dependencies: bytecode, tier0 (the snapshot and its profile, plain data).

pub mod build;
pub mod dom;
pub mod hoist;
pub mod inline;
pub mod ir;
pub mod kernel;
pub mod lowerable;
pub mod print;
pub mod repr;
pub mod specialise;
pub mod types;

pub use build::{Unsupported, build};
pub use ir::Func;
