//! tier1 (generic): bytecode → LLVM IR → short pass pipeline → relocatable object bytes.
//!
//! ```text
//! CodeSnapshot ─► bytecode::analyse ─► lower (one function, frame-resident locals,
//!   alloca value stack promoted to SSA by LLVM) ─► verify ─► target::OPT_PIPELINE ─► ELF object bytes
//! ```
//! Runs on a compile-pool worker: no Python object is touched, one LLVM `Context` and one
//! `TargetMachine` per job. The object refers to CPython and to rjit helpers only by symbol
//! name and to constants only through the runtime table passed at entry, so it is valid in
//! every process (ARCHITECTURE invariant 3).
//!
//! Built only with the `llvm` feature: into `librjit_llvm.so` (whose C entry points are
//! `ffi`), which the extension loads on its first compile (`driver::codegen`), and into the
//! Rust tests. The extension itself never links LLVM.
//! Allowed dependencies: bytecode, tier0 (snapshot data), hir (the typed middle), runtime (types
//! and ABI only), errors, target, codegen_abi.

pub mod ffi;
pub mod lower;
pub mod orc;
pub mod target;

use inkwell::context::Context;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::FileType;

pub use crate::codegen_abi::Emit;
use crate::errors::AbortReason;
use crate::tier0::CodeSnapshot;

/// The IR pipeline: `target::OPT_PIPELINE`, or `RJIT_LLVM_PASSES` (an experiment knob that cache
/// keys do not see: use it with `RJIT_CACHE_DIR=off` or a cache directory of its own).
fn passes() -> String {
    std::env::var("RJIT_LLVM_PASSES").unwrap_or_else(|_| target::OPT_PIPELINE.to_string())
}

/// Run the pipeline on `snap` for `cpu` and return what `what` asks for: the object (defining
/// `symbol` with the `runtime::EntryFn` signature) or a text form of it for `rjit.dis`.
/// The caller has run `driver::codegen::precheck`. `debug`: per-phase timings on stderr.
pub fn emit(
    snap: &CodeSnapshot,
    symbol: &str,
    cpu: target::Cpu,
    effort: target::Effort,
    what: Emit,
    debug: bool,
) -> Result<Vec<u8>, AbortReason> {
    let analysed = crate::bytecode::analyse(&snap.code, &snap.exception_table)
        .map_err(|e| AbortReason::MalformedBytecode(e.to_string()))?;
    let t0 = std::time::Instant::now();
    // A second compile gives the sites that had not run when the code got hot every path.
    let settled;
    let snap = match snap.hints.settled(effort == target::Effort::Optimised) {
        std::borrow::Cow::Borrowed(_) => snap,
        std::borrow::Cow::Owned(hints) => {
            settled = CodeSnapshot {
                hints,
                ..snap.clone()
            };
            &settled
        }
    };
    let ctx = Context::create();
    let tm = target::machine(cpu, effort).map_err(AbortReason::Backend)?;
    let new_module = || {
        let module = ctx.create_module(symbol);
        // The IR text form (filetests) names no target.
        if what != Emit::Ir {
            module.set_triple(&tm.get_triple());
            module.set_data_layout(&tm.get_target_data().get_data_layout());
        }
        module
    };
    // The typed tier where the request allows it (`CodeSnapshot::typed`: `RJIT_TYPED=1`, a
    // field of the cache key) and it takes the function, else the generic one.
    let typed = snap
        .typed
        .then(|| crate::hir::build(snap, &analysed).ok())
        .flatten()
        .and_then(|f| {
            let module = new_module();
            match lower::lower_typed(&ctx, &module, snap, &analysed, symbol, &f) {
                Ok(()) => Some(module),
                Err(e) => {
                    if debug {
                        eprintln!("rjit: {} stays generic: {}", snap.qualname, e.detail());
                    }
                    None
                }
            }
        });
    let (module, tm) = match typed {
        // Typed code is loops of machine numbers in phis: FastISel makes it 4x slower
        // (bench/typed_micro.py's float_locals: 26 ms against 6 ms), so it always gets the
        // optimising instruction selection.
        Some(m) if effort == target::Effort::Quick => (
            m,
            target::machine(cpu, target::Effort::Optimised).map_err(AbortReason::Backend)?,
        ),
        Some(m) => (m, tm),
        None => {
            let module = new_module();
            lower::lower_function(&ctx, &module, snap, &analysed, symbol)?;
            (module, tm)
        }
    };
    if what == Emit::Ir {
        return Ok(module.print_to_string().to_bytes().to_vec());
    }
    let t1 = std::time::Instant::now();
    module
        .verify()
        .map_err(|e| AbortReason::Backend(format!("verifier: {}", e.to_string())))?;
    let t2 = std::time::Instant::now();
    module
        .run_passes(&passes(), &tm, PassBuilderOptions::create())
        .map_err(|e| AbortReason::Backend(e.to_string()))?;
    let t3 = std::time::Instant::now();
    if what == Emit::OptimisedIr {
        return Ok(module.print_to_string().to_bytes().to_vec());
    }
    let file_type = if what == Emit::Assembly {
        // Block-name comments (`# %i12`: the block of the instruction at code unit 12).
        tm.set_asm_verbosity(true);
        FileType::Assembly
    } else {
        FileType::Object
    };
    let buf = tm
        .write_to_memory_buffer(&module, file_type)
        .map_err(|e| AbortReason::Backend(e.to_string()))?;
    let t4 = std::time::Instant::now();
    if debug {
        eprintln!(
            "rjit: compiled {} ({} code units): lower {:?}, verify {:?}, passes {:?}, codegen {:?}",
            snap.qualname,
            snap.code.len(),
            t1 - t0,
            t2 - t1,
            t3 - t2,
            t4 - t3
        );
    }
    Ok(buf.as_slice().to_vec())
}
