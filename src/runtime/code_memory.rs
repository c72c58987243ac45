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
//! key returns the first address), except by `link_again`, which links a second object of
//! the same function (its Optimised compile) and makes it the symbol's address; the maps are
//! behind a mutex, so any thread may link.

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
    own_loader(symbol, object, false)
}

/// As `link`, for a second object defining `symbol` (the same function compiled again): it
/// is linked even if `symbol` already was, and becomes the address later `link`s return. The
/// first code stays mapped (frames may still run it). None under `RJIT_LINKER=orc`, whose
/// symbols cannot be defined twice, or when the loader declines the object.
pub fn link_again(symbol: &str, object: &[u8]) -> Option<usize> {
    own_loader(symbol, object, true)
}

/// Whether linked code may refer to `name`: one of rjit's helpers, or a global symbol of the
/// process (libpython's C API and data, libm). What `elf_loader::prelink` asks before it
/// puts an object into a pack.
pub fn resolvable(name: &str) -> bool {
    helper_table().iter().any(|(n, _)| n == name) || process_symbol(name).is_some()
}

/// The address of a global symbol of the process (libpython's C API and data), as ORC's
/// process search generator finds it.
fn process_symbol(name: &str) -> Option<usize> {
    let c = CString::new(name).ok()?;
    // SAFETY: dlsym with a NUL-terminated name; searches the process's global symbols.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c.as_ptr()) } as usize;
    (p != 0).then_some(p)
}

/// Symbols linked by `elf_loader`, and the addresses of external symbols resolved so far.
struct Own {
    linked: HashMap<String, usize>,
    resolved: HashMap<String, usize>,
}

/// Link with rjit's own loader (`elf_loader`); None when it declines (then ORC links) or when
/// `RJIT_LINKER=orc` rules it out.
fn own_loader(symbol: &str, object: &[u8], again: bool) -> Option<usize> {
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
    if !again && let Some(&a) = own.linked.get(symbol) {
        return Some(a);
    }
    let Own { linked, resolved } = &mut *own;
    let mut resolve = |name: &str| -> Option<usize> {
        if let Some(&a) = resolved.get(name) {
            return Some(a);
        }
        let p = process_symbol(name)?;
        resolved.insert(name.to_string(), p);
        Some(p)
    };
    match super::elf_loader::load(object, symbol, &mut resolve) {
        Ok(a) => {
            linked.insert(symbol.to_string(), a);
            Some(a)
        }
        Err(_) => None,
    }
}

/// Where a pre-linked image (`elf_loader::prelink`) comes from.
pub enum ImageSource<'a> {
    /// Mapped straight from this range of a file: shared with every process that maps it,
    /// paged in on first touch.
    File { fd: i32, offset: u64 },
    /// Copied into anonymous memory: what `perf` needs to name JIT code from its map file
    /// (it reads `/tmp/perf-<pid>.map` only for anonymous memory).
    Copy(&'a [u8]),
}

/// Map a pre-linked image of `len` bytes (a multiple of the page size) executable, followed
/// by its GOT of `slots.len()` entries filled with this process's addresses (then made
/// read-only), and register its `.eh_frame` (at `eh_frame_off` in the image). Returns the
/// image's address; it stays mapped until exit, like all linked code. Fails, mapping nothing,
/// when a slot's symbol cannot be resolved.
pub fn map_image(
    source: ImageSource<'_>,
    len: usize,
    slots: &[&str],
    eh_frame_off: usize,
) -> Result<usize, String> {
    let page = super::elf_loader::page_size();
    if !len.is_multiple_of(page) || len == 0 {
        return Err("image length is not a multiple of the page size".into());
    }
    let got_len = (8 * slots.len()).div_ceil(page).max(1) * page;
    let mut addrs = Vec::with_capacity(slots.len());
    {
        let mut resolved: HashMap<&str, usize> = helper_table()
            .iter()
            .map(|(n, a)| (n.as_str(), *a))
            .collect();
        for &name in slots {
            let a = match resolved.get(name) {
                Some(&a) => a,
                None => {
                    let p =
                        process_symbol(name).ok_or_else(|| format!("unresolved symbol {name}"))?;
                    resolved.insert(name, p);
                    p
                }
            };
            addrs.push(a);
        }
    }
    // SAFETY: a fresh reservation of address space, owned here until handed out; the
    // MAP_FIXED mappings below replace parts of it only.
    unsafe {
        let base = libc::mmap(
            std::ptr::null_mut(),
            len + got_len,
            libc::PROT_NONE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if base == libc::MAP_FAILED {
            return Err("mmap failed".into());
        }
        let fail = |why: &str| {
            libc::munmap(base, len + got_len);
            Err(why.to_string())
        };
        let rx = libc::PROT_READ | libc::PROT_EXEC;
        let image = match source {
            ImageSource::File { fd, offset } => libc::mmap(
                base,
                len,
                rx,
                libc::MAP_PRIVATE | libc::MAP_FIXED,
                fd,
                offset as libc::off_t,
            ),
            ImageSource::Copy(bytes) => {
                if bytes.len() != len {
                    return fail("image copy of the wrong length");
                }
                let m = libc::mmap(
                    base,
                    len,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
                    -1,
                    0,
                );
                if m != libc::MAP_FAILED {
                    std::ptr::copy_nonoverlapping(bytes.as_ptr(), m as *mut u8, len);
                    if libc::mprotect(m, len, rx) != 0 {
                        return fail("mprotect failed");
                    }
                }
                m
            }
        };
        if image == libc::MAP_FAILED || image != base {
            return fail("mapping the image failed");
        }
        let got = (base as *mut u8).add(len);
        if libc::mprotect(
            got as *mut libc::c_void,
            got_len,
            libc::PROT_READ | libc::PROT_WRITE,
        ) != 0
        {
            return fail("mprotect failed");
        }
        for (n, a) in addrs.iter().enumerate() {
            (got as *mut usize).add(n).write(*a);
        }
        if libc::mprotect(got as *mut libc::c_void, got_len, libc::PROT_READ) != 0 {
            return fail("mprotect failed");
        }
        super::elf_loader::register_eh_frame(base as usize + eh_frame_off);
        Ok(base as usize)
    }
}
