//! Build script of librjit_llvm.so: link the LLVM SDK's own static zlib and zstd.
//!
//! `mlc-llvm-static` ships `lib/libz.a` and `lib/libzstd.a`; llvm-sys asks for `-lz -lzstd`, which
//! the linker would otherwise satisfy from the host. Linking the archives by full path, after every
//! other library, keeps the library free of a libz/libzstd runtime dependency
//! (notes/llvm-wheel.md §3.1). A prefix without them (a system LLVM) makes this a no-op.
//! `RJIT_LIBSTDCXX_A`: a static libstdc++ to link by path (the manylinux_2_28 wheel,
//! `ci/build-wheel.sh`).
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-env-changed=DEP_LLVM_23_LIBDIR");
    println!("cargo:rerun-if-env-changed=RJIT_LIBSTDCXX_A");
    if let Ok(libdir) = std::env::var("DEP_LLVM_23_LIBDIR") {
        for lib in ["libzstd.a", "libz.a"] {
            let p = Path::new(libdir.trim()).join(lib);
            if p.is_file() {
                println!("cargo:rustc-link-arg-cdylib={}", p.display());
            }
        }
    }
    if let Ok(a) = std::env::var("RJIT_LIBSTDCXX_A")
        && !a.is_empty()
    {
        println!("cargo:rustc-link-arg-cdylib={a}");
    }
}
