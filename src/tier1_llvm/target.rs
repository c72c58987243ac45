//! The LLVM side of the target (`crate::target` holds it as data): target machines for a
//! `Cpu` (host name and features from LLVM, or a portable level), PIC and the small code
//! model, and developer options for LLVM's command line.
//!
//! Invariant: every setting that shapes the machine code is spelled in
//! `crate::target::identity`; `machine` must agree with it (`CODEGEN_LEVEL` is checked below).

use inkwell::OptimizationLevel;
use inkwell::targets::{CodeModel, InitializationConfig, RelocMode, Target, TargetMachine};

pub use crate::target::{Cpu, Effort, LEVELS, OPT_PIPELINE};

const _: () = assert!(matches!(crate::target::CODEGEN_LEVEL.as_bytes(), b"Less"));

fn init() -> Result<(), String> {
    static INIT: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    INIT.get_or_init(|| {
        Target::initialize_native(&InitializationConfig::default())?;
        llvm_args();
        Ok(())
    })
    .clone()
}

/// LLVM's global options: `crate::target::LLVM_OPTIONS`, then `RJIT_LLVM_ARGS` (space-separated,
/// e.g. `-fast-isel=false`), an experiment knob for the code generator that cache keys do not
/// see (use it with `RJIT_CACHE_DIR=off`). Parsed once, before the first target machine.
fn llvm_args() {
    let extra = std::env::var("RJIT_LLVM_ARGS").unwrap_or_default();
    let owned: Vec<std::ffi::CString> = std::iter::once("rjit")
        .chain(crate::target::LLVM_OPTIONS.split_whitespace())
        .chain(extra.split_whitespace())
        .filter_map(|a| std::ffi::CString::new(a).ok())
        .collect();
    let ptrs: Vec<*const std::ffi::c_char> = owned.iter().map(|a| a.as_ptr()).collect();
    // SAFETY: `ptrs` points into `owned`, which outlives the call; LLVM copies what it keeps.
    // Called once (under `INIT`), before any target machine exists.
    unsafe {
        inkwell::llvm_sys::support::LLVMParseCommandLineOptions(
            ptrs.len() as i32,
            ptrs.as_ptr(),
            c"rjit".as_ptr(),
        )
    };
}

fn llvm_name_and_features(cpu: Cpu) -> (String, String) {
    match cpu {
        Cpu::Host => (
            TargetMachine::get_host_cpu_name().to_string(),
            TargetMachine::get_host_cpu_features().to_string(),
        ),
        Cpu::Level(i) => (LEVELS[i].0.to_string(), String::new()),
    }
}

/// A fresh target machine (they are not `Send`; one per job).
pub fn machine(cpu: Cpu, effort: Effort) -> Result<TargetMachine, String> {
    init()?;
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| e.to_string())?;
    let (name, features) = llvm_name_and_features(cpu);
    target
        .create_target_machine(
            &triple,
            &name,
            &features,
            OptimizationLevel::Less,
            RelocMode::PIC,
            CodeModel::Small,
        )
        .ok_or_else(|| "cannot create a target machine for this host".to_string())
        .inspect(|tm| {
            // `RJIT_LLVM_ARGS=-fast-isel=false` turns it off for experiments (the option alone
            // would not: it cannot undo the target machine's setting).
            let off = std::env::var("RJIT_LLVM_ARGS").is_ok_and(|a| a.contains("-fast-isel=false"));
            if effort == Effort::Quick && !off {
                // SAFETY: `tm` is a live target machine owned by the caller.
                unsafe {
                    inkwell::llvm_sys::target_machine::LLVMSetTargetMachineFastISel(
                        tm.as_mut_ptr(),
                        1,
                    )
                }
            }
        })
}
