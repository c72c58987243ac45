//! The code-generation target as data: which CPU code is generated for, the portable x86-64
//! levels, the code generator's settings, and `identity()`, the string every cache key
//! carries. No LLVM here: a process that only loads cached code computes its keys without
//! loading the code generator (`driver::codegen`).
//!
//! The CPU is either the host's (what a running process compiles for: LLVM's host CPU name
//! and features) or a portable x86-64 micro-architecture level (what `rjit precompile` writes
//! by default, so that a cache built on one machine serves the others). A process looks up its
//! host entry first, then the levels its CPU supports, best first (`host_levels`).
//!
//! Invariant: two hosts with the same `identity(Cpu::Host)` get the same machine code from
//! LLVM. LLVM derives the host CPU name and features from CPUID and XCR0 only, so the host
//! identity is a fingerprint of exactly the CPUID leaves LLVM reads (`llvm/lib/TargetParser/
//! Host.cpp`), with the per-core APIC id masked out, plus XCR0.

/// The IR passes. Tier1 code is mostly calls into the C API and rjit helpers: what pays is
/// promoting the value-stack allocas to SSA (`sroa`) and cleaning up (`early-cse`,
/// `instcombine`, `simplifycfg`). Together with the cheap code generator settings this
/// compiles 5-60x faster than `default<O2>` (docs/tiering.md, "Compile time").
pub const OPT_PIPELINE: &str =
    "function(sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg)";

/// The code generator's optimisation level, as LLVM's `CodeGenOptLevel` spells it: `Less`
/// (-O1: the greedy register allocator). `None` (the fast allocator) compiled 2.7x faster but
/// spilled every value: nbody's `advance` ran 1.5x *slower* than the interpreter with it and
/// 1.4x faster with `Less` (docs/tiering.md). `Default` took over a second on a 670-unit
/// function.
pub const CODEGEN_LEVEL: &str = "Less";

/// How much the code generator works for a function: the compile on a running process's
/// background thread is `Quick` (FastISel instruction selection: on the 5,929 functions of
/// bench/apps' packages, compile time -21%, and -31% with `LLVM_OPTIONS`, median 21.0 to 15.3
/// ms, p99 405 to 262 ms), `rjit precompile` is `Optimised` (SelectionDAG: 4-5% faster code on
/// chardet and pyparsing; docs/tiering.md). Both are the same function with the same ABI, so it
/// is not part of the cache key: an entry is used whichever made it (`EntryMeta::tier` says).
#[derive(Clone, Copy, Debug, PartialEq, Eq, bincode::Encode, bincode::Decode)]
pub enum Effort {
    Quick,
    Optimised,
}

impl Effort {
    /// `EntryMeta::tier` of an entry made with this effort.
    pub fn tier_name(self) -> &'static str {
        match self {
            Effort::Quick => "tier1",
            Effort::Optimised => "tier1-opt",
        }
    }
}

/// LLVM global options: tail merging (BranchFolder) folds tier1's many identical error and
/// deopt exits into one at a cost that grows with their number, to save bytes on cold paths.
pub const LLVM_OPTIONS: &str = "-enable-tail-merge=false";

/// The LLVM the code generator library was built with (`llvm-config --version` at build time;
/// the library checks it when it is loaded).
pub const LLVM_VERSION: &str = env!("RJIT_LLVM_VERSION");

/// LLVM's default target triple for this build.
pub const TRIPLE: &str = env!("RJIT_LLVM_TRIPLE");

/// The CPU code is generated for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, bincode::Encode, bincode::Decode)]
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
}

/// Whether this CPU (and the OS, for the vector registers) has an LLVM feature of `LEVELS`.
fn host_has(feature: &str) -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::is_x86_feature_detected as d;
        match feature {
            "cx16" => d!("cmpxchg16b"),
            // LAHF/SAHF in 64-bit mode: CPUID 0x8000_0001 ECX bit 0 (std does not name it).
            "sahf" => {
                let c = cpuid(0x8000_0000, 0);
                c[0] >= 0x8000_0001 && cpuid(0x8000_0001, 0)[2] & 1 == 1
            }
            "popcnt" => d!("popcnt"),
            "sse3" => d!("sse3"),
            "sse4.1" => d!("sse4.1"),
            "sse4.2" => d!("sse4.2"),
            "ssse3" => d!("ssse3"),
            "avx" => d!("avx"),
            "avx2" => d!("avx2"),
            "bmi" => d!("bmi1"),
            "bmi2" => d!("bmi2"),
            "f16c" => d!("f16c"),
            "fma" => d!("fma"),
            "lzcnt" => d!("lzcnt"),
            "movbe" => d!("movbe"),
            "xsave" => d!("xsave"),
            "avx512f" => d!("avx512f"),
            "avx512bw" => d!("avx512bw"),
            "avx512cd" => d!("avx512cd"),
            "avx512dq" => d!("avx512dq"),
            "avx512vl" => d!("avx512vl"),
            _ => false,
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = feature;
        false
    }
}

/// The portable levels this host can run, best first.
pub fn host_levels() -> Vec<Cpu> {
    let mut out = Vec::new();
    for (i, (_, need)) in LEVELS.iter().enumerate() {
        if !need.iter().all(|f| host_has(f)) {
            break;
        }
        out.push(Cpu::Level(i));
    }
    out.reverse();
    out
}

#[cfg(target_arch = "x86_64")]
fn cpuid(leaf: u32, sub: u32) -> [u32; 4] {
    // CPUID exists on every x86-64 CPU; an unsupported leaf returns data, not a fault.
    let r = std::arch::x86_64::__cpuid_count(leaf, sub);
    [r.eax, r.ebx, r.ecx, r.edx]
}

/// XCR0 (which register states the OS saves), if the OS has enabled XSAVE.
#[cfg(target_arch = "x86_64")]
fn xcr0() -> u64 {
    if cpuid(1, 0)[2] & (1 << 27) == 0 {
        return 0;
    }
    #[target_feature(enable = "xsave")]
    fn read() -> u64 {
        // SAFETY: OSXSAVE is set (checked by the caller), so XGETBV(0) is allowed.
        unsafe { std::arch::x86_64::_xgetbv(0) }
    }
    // SAFETY: OSXSAVE implies the CPU has XSAVE, the feature `read` is compiled with.
    unsafe { read() }
}

/// The CPUID leaves and XCR0 bits LLVM's host detection reads, as one hex string.
#[cfg(target_arch = "x86_64")]
fn host_fingerprint() -> String {
    let max = cpuid(0, 0)[0];
    let max_ext = cpuid(0x8000_0000, 0)[0];
    let mut words: Vec<u32> = Vec::new();
    words.extend(cpuid(0, 0)); // max leaf and vendor
    let mut l1 = cpuid(1, 0);
    l1[1] &= 0x00ff_ffff; // EBX bits 31:24 are this core's initial APIC id
    words.extend(l1);
    for (leaf, sub) in [(7, 0), (7, 1), (0xd, 1), (0x14, 0), (0x19, 0), (0x24, 0)] {
        words.extend(if max >= leaf {
            cpuid(leaf, sub)
        } else {
            [0; 4]
        });
    }
    for leaf in [0x8000_0001u32, 0x8000_0008] {
        words.extend(if max_ext >= leaf {
            cpuid(leaf, 0)
        } else {
            [0; 4]
        });
    }
    let x = xcr0();
    words.extend([x as u32, (x >> 32) as u32]);
    words.iter().map(|w| format!("{w:08x}")).collect()
}

#[cfg(not(target_arch = "x86_64"))]
fn host_fingerprint() -> String {
    "unknown".into()
}

/// Everything about the target and code generator that shapes the machine code.
pub fn identity(cpu: Cpu) -> String {
    let (name, features) = match cpu {
        Cpu::Host => ("host".to_string(), host_fingerprint()),
        Cpu::Level(i) => (LEVELS[i].0.to_string(), String::new()),
    };
    format!(
        "llvm={LLVM_VERSION};triple={TRIPLE};cpu={name};features={features};opt={OPT_PIPELINE};codegen={CODEGEN_LEVEL};options={LLVM_OPTIONS};reloc=pic;model=small",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_identity_is_stable_and_levels_are_ordered() {
        assert_eq!(identity(Cpu::Host), identity(Cpu::Host));
        let levels = host_levels();
        assert!(
            !levels.is_empty(),
            "every x86-64 host runs the baseline level"
        );
        assert_eq!(levels.last(), Some(&Cpu::Level(0)));
        assert!(levels.windows(2).all(|w| w[0] != w[1]));
        assert!(identity(Cpu::Level(1)).contains("cpu=x86-64-v2;features=;"));
    }
}
