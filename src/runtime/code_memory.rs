//! Turning relocatable object bytes into callable code with rjit's own loader (`elf_loader`).
//! An object it declines, or every object under `RJIT_LINKER=orc` (to rule the loader out),
//! goes to LLVM's ORC in the code generator library instead (`hook::install`,
//! `rjit.stats()["orc_links"]`).
//!
//! One path for both origins: bytes fresh from the compiler and bytes read from the cache are
//! linked the same way, and no LLVM runs here. External symbols resolve per process: `rjit_*`
//! helpers to this module's addresses (`helper_table`), CPython's C API through a search of
//! the process's own dynamic symbols. Linked code is never unloaded (it lives until exit).
//!
//! Invariants: each symbol is linked at most once per process (a second request for the same
//! key returns the first address); the maps are behind a mutex, so any thread may link.

use std::collections::HashMap;
use std::ffi::CString;
use std::sync::{Mutex, OnceLock};

use super::abi;

/// rjit's runtime helpers by symbol name (`abi::helper_symbols`), owned.
pub fn helper_table() -> &'static [(String, usize)] {
    static HELPERS: OnceLock<Vec<(String, usize)>> = OnceLock::new();
    HELPERS.get_or_init(|| {
        abi::helper_symbols()
            .into_iter()
            .map(|(n, a)| (n.to_string(), a))
            .collect()
    })
}

/// Links `object` (an ELF relocatable object defining `symbol`) with rjit's own loader and
/// returns the address of `symbol`; None when the loader declines the object or
/// `RJIT_LINKER=orc` rules it out. The bytes are copied, so the caller may unmap them.
pub fn link(symbol: &str, object: &[u8]) -> Option<usize> {
    own_loader(symbol, object)
}

/// Symbols linked by `elf_loader`, and the addresses of external symbols resolved so far.
struct Own {
    linked: HashMap<String, usize>,
    resolved: HashMap<String, usize>,
}

/// Link with rjit's own loader (`elf_loader`); None when it declines (then ORC links) or when
/// `RJIT_LINKER=orc` rules it out.
fn own_loader(symbol: &str, object: &[u8]) -> Option<usize> {
    static OWN: OnceLock<Option<Mutex<Own>>> = OnceLock::new();
    let own = OWN.get_or_init(|| {
        if std::env::var("RJIT_LINKER").is_ok_and(|v| v == "orc") {
            return None;
        }
        Some(Mutex::new(Own {
            linked: HashMap::new(),
            resolved: helper_table().iter().cloned().collect(),
        }))
    });
    let mut own = own.as_ref()?.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(&a) = own.linked.get(symbol) {
        return Some(a);
    }
    let Own { linked, resolved } = &mut *own;
    let mut resolve = |name: &str| -> Option<usize> {
        if let Some(&a) = resolved.get(name) {
            return Some(a);
        }
        let c = CString::new(name).ok()?;
        // SAFETY: dlsym with a NUL-terminated name; searches the process's global symbols
        // (libpython's C API and data), as ORC's process search generator does.
        let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c.as_ptr()) } as usize;
        (p != 0).then(|| {
            resolved.insert(name.to_string(), p);
            p
        })
    };
    match super::elf_loader::load(object, symbol, &mut resolve) {
        Ok(a) => {
            linked.insert(symbol.to_string(), a);
            Some(a)
        }
        Err(_) => None,
    }
}
