//! Build script of the `rjit` crate.
//!
//! 1. `RJIT_BUILD_ID`: a hash of the sources (src/, llvm/, Cargo.toml, Cargo.lock). The
//!    extension and the code generator library are two builds of this crate; each carries the
//!    id, and the extension refuses a library whose id differs (src/codegen_abi.rs).
//! 2. `RJIT_LLVM_VERSION`, `RJIT_LLVM_TRIPLE`: from the LLVM SDK's `llvm-config`
//!    (`$LLVM_SYS_231_PREFIX/bin`, else `PATH`), for cache keys computed without LLVM.
//! 3. Without the `llvm` feature (the extension): build the code generator library (the llvm/
//!    package) with a nested cargo in its own target directory, and copy it to
//!    python/rjit/librjit_llvm.so, where maturin packs it next to the extension.
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What both builds are made from: a change to any of these rebuilds the library and changes
/// the build id.
const INPUTS: [&str; 6] = [
    "src",
    "llvm/lib.rs",
    "llvm/build.rs",
    "llvm/Cargo.toml",
    "Cargo.toml",
    "Cargo.lock",
];

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    for p in INPUTS {
        println!("cargo:rerun-if-changed={p}");
    }
    println!("cargo:rerun-if-env-changed=LLVM_SYS_231_PREFIX");
    println!("cargo:rerun-if-env-changed=RJIT_LIBSTDCXX_A");

    println!("cargo:rustc-env=RJIT_BUILD_ID={}", build_id(&root));

    let config = llvm_config();
    let version = run(&config, "--version");
    let triple = run(&config, "--host-target");
    println!("cargo:rustc-env=RJIT_LLVM_VERSION={version}");
    println!("cargo:rustc-env=RJIT_LLVM_TRIPLE={triple}");

    if std::env::var_os("CARGO_FEATURE_LLVM").is_none() {
        build_llvm_library(&root);
    }
}

fn llvm_config() -> PathBuf {
    match std::env::var_os("LLVM_SYS_231_PREFIX") {
        Some(prefix) => Path::new(&prefix).join("bin/llvm-config"),
        None => PathBuf::from("llvm-config"),
    }
}

fn run(config: &Path, arg: &str) -> String {
    let out = Command::new(config).arg(arg).output().unwrap_or_else(|e| {
        panic!(
            "cannot run {} (set LLVM_SYS_231_PREFIX to the LLVM 23 SDK, e.g. `. ci/env.sh`): {e}",
            config.display()
        )
    });
    assert!(out.status.success(), "{} {arg} failed", config.display());
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Hash every file under the inputs, in a fixed order (paths relative to the root).
fn build_id(root: &Path) -> String {
    let mut files = Vec::new();
    for p in INPUTS {
        collect(&root.join(p), &mut files);
    }
    files.sort();
    let mut h = DefaultHasher::new();
    for f in &files {
        f.strip_prefix(root).unwrap_or(f).hash(&mut h);
        std::fs::read(f).unwrap_or_default().hash(&mut h);
    }
    std::env::var("CARGO_PKG_VERSION").unwrap().hash(&mut h);
    format!("{:016x}", h.finish())
}

fn collect(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        for e in std::fs::read_dir(p).into_iter().flatten().flatten() {
            collect(&e.path(), out);
        }
    } else if p.is_file() {
        out.push(p.to_path_buf());
    }
}

fn build_llvm_library(root: &Path) {
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let target = std::env::var("TARGET").unwrap();
    // OUT_DIR is <target-dir>/[<triple>/]<profile>/build/rjit-<hash>/out; the triple is there
    // when the outer build named a target (maturin --zig does): then so must the nested one.
    let above_profile = out_dir
        .ancestors()
        .nth(4)
        .expect("OUT_DIR is in a target directory");
    let explicit = above_profile.file_name() == Some(std::ffi::OsStr::new(&target));
    let target_dir = if explicit {
        above_profile.parent().expect("a target directory")
    } else {
        above_profile
    }
    .join("llvm-lib");
    let profile = std::env::var("PROFILE").unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.arg("build")
        .arg("--manifest-path")
        .arg(root.join("llvm/Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir);
    if profile == "release" {
        cmd.arg("--release");
    }
    if explicit {
        cmd.arg("--target").arg(&target);
    }
    if std::env::var_os("CARGO_FEATURE_GLIBC_SINGLE_THREADED_SHIM").is_some() {
        cmd.arg("--features").arg("rjit/glibc-single-threaded-shim");
    }
    // Flags cargo set for this build script, not for the nested build.
    for v in [
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET_DIR",
    ] {
        cmd.env_remove(v);
    }
    let status = cmd
        .status()
        .expect("cannot run cargo for the code generator library");
    assert!(
        status.success(),
        "building the code generator library (llvm/) failed"
    );
    let mut built = target_dir;
    if explicit {
        built.push(&target);
    }
    built.push(&profile);
    built.push("librjit_llvm.so");
    let dest = root.join("python/rjit/librjit_llvm.so");
    let same = std::fs::read(&built).ok() == std::fs::read(&dest).ok();
    if !same {
        // Copy beside, then rename: a process that has the old library open keeps it.
        let tmp = dest.with_extension("so.tmp");
        std::fs::copy(&built, &tmp).expect("cannot copy librjit_llvm.so into python/rjit");
        std::fs::rename(&tmp, &dest).expect("cannot move librjit_llvm.so into place");
    }
}
