//! The code-generation target: host triple, CPU and features, PIC, small code model, and the
//! optimisation settings (a short IR pipeline, FastISel).
//!
//! `identity()` spells every one of these settings, plus the LLVM version, as a string that
//! goes into every cache key: code compiled for another CPU or by another LLVM is never loaded.
//!
//! The CPU is either this host's (name and features: what a running process compiles for) or
//! a portable x86-64 micro-architecture level (what `rjit precompile` writes by default, so
//! that a cache built on one machine serves the others). A process looks up its host entry
//! first, then the levels its CPU supports, best first (`host_levels`).

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

/// The CPU code is generated for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cpu {
    /// This machine's CPU, with every feature it has.
    Host,
    /// A portable x86-64 level (`x86-64`, `x86-64-v2`, `-v3`, `-v4`): an index into `LEVELS`.
    Level(usize),
}

/// The x86-64 micro-architecture levels (psABI) and the LLVM features each needs beyond the
/// previous one.
pub const LEVELS: [(&str, &[&str]); 4] = [
    ("x86-64", &[]),
    (
        "x86-64-v2",
        &[
            "cx16", "sahf", "popcnt", "sse3", "sse4.1", "sse4.2", "ssse3",
        ],
    ),
    (
        "x86-64-v3",
        &[
            "avx", "avx2", "bmi", "bmi2", "f16c", "fma", "lzcnt", "movbe", "xsave",
        ],
    ),
    (
        "x86-64-v4",
        &["avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"],
    ),
];

/// What `rjit precompile` targets unless told otherwise: supported by every x86-64 server
/// still in service (RHEL 9 requires it) and most of what the generic tier gains from a CPU.
pub const DEFAULT_PORTABLE: &str = "x86-64-v2";

impl Cpu {
    /// `host` or a level name.
    pub fn parse(s: &str) -> Option<Cpu> {
        if s == "host" {
            return Some(Cpu::Host);
        }
        LEVELS.iter().position(|(n, _)| *n == s).map(Cpu::Level)
    }

    pub fn name(self) -> &'static str {
        match self {
            Cpu::Host => "host",
            Cpu::Level(i) => LEVELS[i].0,
        }
    }

    fn llvm_name_and_features(self) -> (String, String) {
        match self {
            Cpu::Host => (
                TargetMachine::get_host_cpu_name().to_string(),
                TargetMachine::get_host_cpu_features().to_string(),
            ),
            Cpu::Level(i) => (LEVELS[i].0.to_string(), String::new()),
        }
    }
}

/// The portable levels this host can run, best first.
pub fn host_levels() -> Vec<Cpu> {
    let feats = TargetMachine::get_host_cpu_features().to_string();
    let has = |f: &str| feats.split(',').any(|x| x == format!("+{f}"));
    let mut out = Vec::new();
    for (i, (_, need)) in LEVELS.iter().enumerate() {
        if !need.iter().all(|f| has(f)) {
            break;
        }
        out.push(Cpu::Level(i));
    }
    out.reverse();
    out
}

/// A fresh target machine (they are not `Send`; one per job).
pub fn machine(cpu: Cpu) -> Result<TargetMachine, String> {
    init()?;
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| e.to_string())?;
    let (name, features) = cpu.llvm_name_and_features();
    target
        .create_target_machine(
            &triple,
            &name,
            &features,
            CODEGEN_LEVEL,
            RelocMode::PIC,
            CodeModel::Small,
        )
        .ok_or_else(|| "cannot create a target machine for this host".to_string())
}

/// Everything about the target and code generator that shapes the machine code.
pub fn identity(cpu: Cpu) -> String {
    let (a, b, c) = inkwell::support::get_llvm_version();
    let (name, features) = cpu.llvm_name_and_features();
    format!(
        "llvm={a}.{b}.{c};triple={};cpu={name};features={features};opt={OPT_PIPELINE};codegen={CODEGEN_LEVEL:?};reloc=pic;model=small",
        TargetMachine::get_default_triple()
            .as_str()
            .to_string_lossy(),
    )
}
