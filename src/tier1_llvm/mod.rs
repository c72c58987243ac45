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
//! Allowed dependencies: bytecode, tier0 (snapshot data), runtime (types and ABI only), errors.

pub mod lower;
pub mod target;

use inkwell::context::Context;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::FileType;

use crate::errors::AbortReason;
use crate::tier0::CodeSnapshot;

/// Larger code objects (in practice: huge module bodies and generated tables, which run once)
/// stay interpreted; LLVM's time grows faster than linearly with function size.
pub const MAX_CODE_UNITS: usize = 16 * 1024;

/// Cheap checks that reject a code object before any LLVM work.
pub fn precheck(snap: &CodeSnapshot) -> Result<(), AbortReason> {
    if snap.code.len() > MAX_CODE_UNITS {
        return Err(AbortReason::TooLarge);
    }
    Ok(())
}

/// What `emit` produces.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Emit {
    /// The IR after `target::OPT_PIPELINE` (text).
    OptimisedIr,
    /// The machine code as assembly (text).
    Assembly,
    /// The relocatable ELF object the cache stores.
    Object,
}

/// Compile `snap` for `cpu` into an object file defining `symbol` with the `runtime::EntryFn`
/// signature.
pub fn compile(
    snap: &CodeSnapshot,
    symbol: &str,
    cpu: target::Cpu,
) -> Result<Vec<u8>, AbortReason> {
    emit(snap, symbol, cpu, Emit::Object)
}

/// Run the pipeline of `compile` and return what `what` asks for (`rjit.dis`).
pub fn emit(
    snap: &CodeSnapshot,
    symbol: &str,
    cpu: target::Cpu,
    what: Emit,
) -> Result<Vec<u8>, AbortReason> {
    precheck(snap)?;
    let analysed = crate::bytecode::analyse(&snap.code, &snap.exception_table)
        .map_err(|e| AbortReason::MalformedBytecode(e.to_string()))?;
    let t0 = std::time::Instant::now();
    let tm = target::machine(cpu).map_err(AbortReason::Backend)?;
    let ctx = Context::create();
    let module = ctx.create_module(symbol);
    module.set_triple(&tm.get_triple());
    module.set_data_layout(&tm.get_target_data().get_data_layout());
    lower::lower_function(&ctx, &module, snap, &analysed, symbol)?;
    let t1 = std::time::Instant::now();
    module
        .verify()
        .map_err(|e| AbortReason::Backend(format!("verifier: {}", e.to_string())))?;
    let t2 = std::time::Instant::now();
    module
        .run_passes(target::OPT_PIPELINE, &tm, PassBuilderOptions::create())
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
    if crate::config::debug() {
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

/// The textual IR before optimisation (for debugging and IR tests).
pub fn emit_ir(snap: &CodeSnapshot, symbol: &str) -> Result<String, AbortReason> {
    precheck(snap)?;
    let analysed = crate::bytecode::analyse(&snap.code, &snap.exception_table)
        .map_err(|e| AbortReason::MalformedBytecode(e.to_string()))?;
    let ctx = Context::create();
    let module = ctx.create_module(symbol);
    lower::lower_function(&ctx, &module, snap, &analysed, symbol)?;
    Ok(module.print_to_string().to_string())
}
