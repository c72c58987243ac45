//! The code-generation target: host triple, CPU and features, PIC, small code model, and the
//! optimisation settings (a short IR pipeline, FastISel).
//!
//! `identity()` spells every one of these settings, plus the LLVM version, as a string that
//! goes into every cache key: code compiled for another CPU or by another LLVM is never loaded.

use inkwell::OptimizationLevel;
use inkwell::targets::{CodeModel, InitializationConfig, RelocMode, Target, TargetMachine};

/// The IR passes. Tier1 code is mostly calls into the C API and rjit helpers: what pays is
/// promoting the value-stack allocas to SSA (`sroa`) and cleaning up (`early-cse`,
/// `instcombine`, `simplifycfg`). Together with FastISel this compiles 5-60x faster than
/// `default<O2>` with the SelectionDAG (docs/tiering.md, "Compile time").
pub const OPT_PIPELINE: &str =
    "function(sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg)";
/// Instruction selection and register allocation: `Less` (SelectionDAG at -O1, the greedy
/// allocator). `None` (FastISel, the fast allocator) compiled 2.7x faster (median 5.4 ms vs
/// 14.5 ms per function) but spilled every value: nbody's `advance` ran 1.5x *slower* than the
/// interpreter with it and 1.4x faster with `Less` (docs/tiering.md). `Default` took over a
/// second on a 670-unit function.
pub const CODEGEN_LEVEL: OptimizationLevel = OptimizationLevel::Less;

fn init() -> Result<(), String> {
    static INIT: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    INIT.get_or_init(|| Target::initialize_native(&InitializationConfig::default()))
        .clone()
}

/// A fresh target machine (they are not `Send`; one per job).
pub fn machine() -> Result<TargetMachine, String> {
    init()?;
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| e.to_string())?;
    target
        .create_target_machine(
            &triple,
            &TargetMachine::get_host_cpu_name().to_string(),
            &TargetMachine::get_host_cpu_features().to_string(),
            CODEGEN_LEVEL,
            RelocMode::PIC,
            CodeModel::Small,
        )
        .ok_or_else(|| "cannot create a target machine for this host".to_string())
}

/// Everything about the target and code generator that shapes the machine code.
pub fn identity() -> String {
    let (a, b, c) = inkwell::support::get_llvm_version();
    format!(
        "llvm={a}.{b}.{c};triple={};cpu={};features={};opt={OPT_PIPELINE};codegen={CODEGEN_LEVEL:?};reloc=pic;model=small",
        TargetMachine::get_default_triple()
            .as_str()
            .to_string_lossy(),
        TargetMachine::get_host_cpu_name(),
        TargetMachine::get_host_cpu_features(),
    )
}
