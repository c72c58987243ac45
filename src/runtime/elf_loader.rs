//! A small loader for the relocatable objects tier1 emits: what a warm process needs instead
//! of LLVM's ORC/JITLink, which costs about 50 µs per function (docs/tiering.md, "Loading").
//!
//! One object becomes its own pages of the process's code arena (`Arena`), which begins with
//! one GOT shared by every object loaded into it:
//! ```text
//! arena: [ GOT: one slot per symbol address, filled once | object | object | ... ]
//! object: [ .text | other read-only sections | .eh_frame + 0 terminator | own GOT | stubs ]
//!   copied, relocated, then mprotect(READ|EXEC) — never writable and executable at once
//! ```
//! External symbols (rjit's helpers, CPython's C API and data) get a GOT slot holding their
//! address; `PLT32` calls to them go through a 6-byte `jmp *slot(%rip)` stub in the object's
//! own pages, so every PC-relative reference is in range wherever the libraries were mapped
//! (the arena is one reservation of `ARENA_BYTES`); where a rel32 reaches the symbol itself,
//! the call goes straight to it. Objects follow one another in the arena and share its GOT for
//! external symbols (a symbol of the object itself keeps a slot in the object's own GOT), as
//! the functions of a pack do (`prelink`): with a GOT and stubs per object in a mapping of its
//! own, two hundred hot functions called round-robin took 325 ns per call against the same
//! code's 177 ns from a pack, and 214 ns from the arena (bench/code_footprint.py;
//! docs/benchmarks/2026-12-07-code-footprint.md). When the arena cannot be reserved or is
//! full, an object gets a mapping of its own (`alloc_block`), its own GOT used for every slot.
//! `.eh_frame` is registered with the unwinder (`__register_frame`) as JITLink does.
//!
//! Invariant: anything this loader does not fully understand (a writable section, a
//! relocation type other than the ones below, an out-of-range displacement, an unresolved
//! symbol) is an `Err`, and the caller falls back to ORC: never a half-relocated function.
//! Code lives until exit, as ORC's does. The object bytes are only read.

use object::elf;
use object::read::elf::ElfFile64;
use object::{
    Endianness, Object, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget,
    SectionIndex, SymbolSection,
};

const STUB_LEN: usize = 8; // ff 25 <disp32> + 2 bytes of padding

fn align(n: usize, a: usize) -> usize {
    n.div_ceil(a.max(1)) * a.max(1)
}

pub fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as usize }
}

/// A fresh writable block of `len` bytes for one object (a private anonymous mapping; never
/// unmapped once sealed: linked code lives until exit). Anonymous, because `perf` reads its
/// JIT maps only for anonymous memory (a memory file mapped twice hid the code from it).
fn alloc_block(len: usize) -> Result<usize, String> {
    let len = align(len.max(1), page_size());
    // SAFETY: a fresh private anonymous mapping, owned by the caller.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return Err("mmap failed".into());
    }
    Ok(p as usize)
}

/// Bytes of address space the code arena reserves (nothing is committed until an object or a
/// GOT slot uses it); every reference inside it is within a rel32's reach.
const ARENA_BYTES: usize = 1 << 30;
/// Bytes at the arena's start for the shared GOT: 8,192 slots.
const ARENA_GOT_BYTES: usize = 64 << 10;

/// The process's code arena: a reservation whose first `ARENA_GOT_BYTES` are the shared GOT
/// (read-write data), followed by objects' pages, handed out once each and never reused.
struct Arena {
    base: usize,
    /// The GOT slot holding each address, by address.
    slots: std::collections::HashMap<usize, usize>,
    /// Offset of the first page not handed out.
    next: usize,
    /// Where in its first page the next object starts (`colour`).
    colour: usize,
}

impl Arena {
    /// Reserve the arena (no access), then make its GOT readable and writable; None if either
    /// fails.
    fn reserve() -> Option<Arena> {
        // SAFETY: a fresh private anonymous reservation; nothing else refers to it.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                ARENA_BYTES,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return None;
        }
        // SAFETY: the start of the reservation just made, not in use.
        if !unsafe {
            protect(
                p as usize,
                ARENA_GOT_BYTES,
                libc::PROT_READ | libc::PROT_WRITE,
            )
        } {
            // SAFETY: the reservation just made, not handed out.
            unsafe { libc::munmap(p, ARENA_BYTES) };
            return None;
        }
        Some(Arena {
            base: p as usize,
            slots: std::collections::HashMap::new(),
            next: ARENA_GOT_BYTES,
            colour: 0,
        })
    }

    /// The address of the GOT slot holding `target` (an external symbol's address), filled
    /// now if new; None when the GOT is full (the object then uses its own slot).
    fn slot(&mut self, target: usize) -> Option<usize> {
        if let Some(&at) = self.slots.get(&target) {
            return Some(at);
        }
        let n = self.slots.len();
        if 8 * (n + 1) > ARENA_GOT_BYTES {
            return None;
        }
        let at = self.base + 8 * n;
        // SAFETY: inside the GOT, readable and writable since `reserve`; a fresh slot that
        // no code reads yet (slots already handed out are never written again).
        unsafe { (at as *mut u64).write(target as u64) };
        self.slots.insert(target, at);
        Some(at)
    }

    /// Where in its first page an object of `len` bytes starts: where it would if the
    /// objects were laid out one after the other, at 64-byte boundaries, so that their
    /// entries do not all fall on the same cache sets.
    fn colour(&mut self, len: usize) -> usize {
        let c = self.colour;
        self.colour = (c + align(len.max(1), 64)) % page_size();
        c
    }

    /// `len` bytes of fresh pages, readable and writable (for `seal_block` once written); None
    /// when the arena is full or they cannot be committed.
    fn pages(&mut self, len: usize) -> Option<usize> {
        let len = align(len.max(1), page_size());
        if self.next + len > ARENA_BYTES {
            return None;
        }
        let at = self.base + self.next;
        // SAFETY: pages of the reservation no one was given: not yet accessible, not in use.
        if !unsafe { protect(at, len, libc::PROT_READ | libc::PROT_WRITE) } {
            return None;
        }
        self.next += len;
        Some(at)
    }
}

/// The code arena, reserved on first use; None if it could not be (objects then get
/// mappings of their own).
fn arena() -> Option<&'static std::sync::Mutex<Arena>> {
    static ARENA: std::sync::OnceLock<Option<std::sync::Mutex<Arena>>> = std::sync::OnceLock::new();
    ARENA
        .get_or_init(|| Arena::reserve().map(std::sync::Mutex::new))
        .as_ref()
}

/// `mprotect` of the pages `at..at + len`; false if it failed.
///
/// # Safety
/// `at` is page-aligned and the range lies within a mapping this module made, which no code
/// uses in a way the new protection breaks (no one executes or reads it while it is made
/// writable or inaccessible).
unsafe fn protect(at: usize, len: usize, prot: libc::c_int) -> bool {
    // SAFETY: as documented.
    unsafe { libc::mprotect(at as *mut libc::c_void, len, prot) == 0 }
}

/// Make `alloc_block`'s block read-only and executable.
fn seal_block(at: usize, len: usize) -> Result<(), String> {
    let len = align(len.max(1), page_size());
    // SAFETY: the block `alloc_block` (or the arena) returned, which only the loader has
    // written; from here on nothing writes to it.
    if !unsafe { protect(at, len, libc::PROT_READ | libc::PROT_EXEC) } {
        return Err("mprotect failed".into());
    }
    Ok(())
}

/// ELF structures are read in place and must be 8-byte aligned; a cache entry's payload is
/// not. Returns `bytes`, or a copy of it in `buf`.
fn aligned_bytes<'a>(bytes: &'a [u8], buf: &'a mut Vec<u64>) -> &'a [u8] {
    if (bytes.as_ptr() as usize).is_multiple_of(8) {
        return bytes;
    }
    *buf = vec![0u64; bytes.len().div_ceil(8)];
    // SAFETY: `buf` has at least `bytes.len()` bytes; the regions do not overlap.
    unsafe {
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf.as_mut_ptr() as *mut u8, bytes.len())
    };
    // SAFETY: the first `bytes.len()` bytes of `buf` were just initialised.
    unsafe { std::slice::from_raw_parts(buf.as_ptr() as *const u8, bytes.len()) }
}

/// The size in bytes of the function `symbol` defined by `bytes` (for profilers' maps).
pub fn symbol_size(bytes: &[u8], symbol: &str) -> Option<u64> {
    let mut aligned = Vec::new();
    let file = ElfFile64::<Endianness>::parse(aligned_bytes(bytes, &mut aligned)).ok()?;
    file.symbols()
        .find(|s| s.name() == Ok(symbol) && matches!(s.section(), SymbolSection::Section(_)))
        .map(|s| s.size())
}

/// Parse an x86-64 relocatable object (`bytes` 8-byte aligned).
fn parse(bytes: &[u8]) -> Result<ElfFile64<'_, Endianness>, String> {
    let file = ElfFile64::<Endianness>::parse(bytes).map_err(|e| e.to_string())?;
    if file.architecture() != object::Architecture::X86_64 {
        return Err("not an x86-64 object".into());
    }
    Ok(file)
}

/// The sections of `file` that are loaded (SHF_ALLOC), in order; an error for a writable or
/// thread-local one, which neither loader supports.
fn loaded_sections<'a>(
    file: &'a ElfFile64<'a, Endianness>,
) -> Result<Vec<object::read::elf::ElfSection64<'a, 'a, Endianness>>, String> {
    let mut out = Vec::new();
    for s in file.sections() {
        let object::SectionFlags::Elf { sh_flags } = s.flags() else {
            continue;
        };
        if sh_flags & u64::from(elf::SHF_ALLOC) == 0 {
            continue;
        }
        if sh_flags & u64::from(elf::SHF_WRITE) != 0 || sh_flags & u64::from(elf::SHF_TLS) != 0 {
            return Err(format!("writable section {}", s.name().unwrap_or("?")));
        }
        out.push(s);
    }
    Ok(out)
}

/// Load `bytes` and return the address of `symbol`. `resolve` gives the address of an
/// external symbol by name.
pub fn load(
    bytes: &[u8],
    symbol: &str,
    resolve: &mut dyn FnMut(&str) -> Option<usize>,
) -> Result<usize, String> {
    let mut aligned = Vec::new();
    let bytes = aligned_bytes(bytes, &mut aligned);
    let file = parse(bytes)?;
    // Layout of the allocated sections (offset by section index). Plain vectors, not maps:
    // this runs for every function a warm process loads.
    let nsections = file.elf_section_table().len();
    let mut offsets: Vec<Option<usize>> = vec![None; nsections];
    let mut size = 0usize;
    let mut eh_frame = None;
    let mut max_align = 1;
    for s in loaded_sections(&file)? {
        max_align = max_align.max(s.align() as usize);
        size = align(size, s.align() as usize);
        offsets[s.index().0] = Some(size);
        size += s.size() as usize;
        if s.name() == Ok(".eh_frame") {
            eh_frame = Some(s.index());
            size += 4; // the zero terminator the unwinder walks to
        }
    }
    let offset = |i: SectionIndex| offsets.get(i.0).copied().flatten();
    // GOT slots and stubs for every symbol a relocation reaches (slot number by symbol index).
    let mut slot_of = vec![u32::MAX; file.elf_symbol_table().len()];
    let mut slot_syms = Vec::new();
    for s in file.sections() {
        if offset(s.index()).is_none() {
            continue;
        }
        for (_, r) in s.relocations() {
            if let RelocationTarget::Symbol(i) = r.target() {
                match slot_of.get_mut(i.0) {
                    Some(n) if *n == u32::MAX => {
                        *n = slot_syms.len() as u32;
                        slot_syms.push(i);
                    }
                    Some(_) => {}
                    None => return Err("relocation against a symbol out of range".into()),
                }
            }
        }
    }
    // Its own GOT after the sections, the stubs after that; in the arena, the slots of
    // external symbols are the shared GOT's (their own slots stay unused), and only symbols
    // of the object itself use its own.
    let got_at = align(size, 8);
    let stubs_at = got_at + 8 * slot_syms.len();
    let total = stubs_at + STUB_LEN * slot_syms.len();
    let mut shared = arena().map(|a| a.lock().unwrap_or_else(|p| p.into_inner()));
    let colour = match shared.as_mut() {
        Some(a) if max_align <= 64 => a.colour(total),
        _ => 0,
    };
    let in_arena = shared.as_mut().and_then(|a| a.pages(colour + total));
    let (base, colour) = match in_arena {
        Some(at) => (at + colour, colour),
        None => {
            shared = None;
            (alloc_block(total)?, 0)
        }
    };
    let w = base as *mut u8;
    let unmap = |why: String| {
        if in_arena.is_some() {
            // SAFETY: the pages just taken from the arena, not handed out: left
            // inaccessible, never handed out again.
            unsafe {
                protect(
                    base - colour,
                    align(colour + total, page_size()),
                    libc::PROT_NONE,
                )
            };
        } else {
            // SAFETY: the block just allocated, not handed out.
            unsafe { libc::munmap(base as *mut libc::c_void, align(total.max(1), page_size())) };
        }
        Err(why)
    };
    // SAFETY: `w..w+total` is this object's fresh writable block; every write below is
    // checked to stay inside it.
    let mem = unsafe { std::slice::from_raw_parts_mut(w, total) };
    for s in file.sections() {
        if let Some(off) = offset(s.index()) {
            if s.kind() == object::SectionKind::UninitializedData {
                continue; // already zero
            }
            let data = match s.data() {
                Ok(d) => d,
                Err(e) => return unmap(e.to_string()),
            };
            mem[off..off + data.len()].copy_from_slice(data);
        }
    }
    // The address of every symbol a relocation names.
    let mut addr_of = |i: object::SymbolIndex| -> Result<usize, String> {
        let sym = file.symbol_by_index(i).map_err(|e| e.to_string())?;
        match sym.section() {
            SymbolSection::Section(sec) => offset(sec)
                .map(|o| base + o + sym.address() as usize)
                .ok_or_else(|| format!("symbol in an unloaded section: {:?}", sym.name())),
            SymbolSection::Undefined => {
                let name = sym.name().map_err(|e| e.to_string())?;
                resolve(name).ok_or_else(|| format!("unresolved symbol {name}"))
            }
            SymbolSection::Absolute => Ok(sym.address() as usize),
            other => Err(format!("symbol section {other:?}")),
        }
    };
    let mut slot_targets = vec![0usize; slot_syms.len()];
    // Calls to external code go through the stub; to this object's own code, directly.
    let mut external = vec![false; slot_syms.len()];
    for (n, &i) in slot_syms.iter().enumerate() {
        match addr_of(i) {
            Ok(a) => slot_targets[n] = a,
            Err(e) => return unmap(e),
        }
        external[n] = file
            .symbol_by_index(i)
            .map(|s| s.is_undefined())
            .unwrap_or(true);
    }
    // The absolute address of each symbol's GOT slot.
    let mut slot_at = Vec::with_capacity(slot_targets.len());
    for (n, &a) in slot_targets.iter().enumerate() {
        let at = match shared
            .as_mut()
            .filter(|_| external[n])
            .and_then(|g| g.slot(a))
        {
            Some(at) => at,
            None => {
                let slot = got_at + 8 * n;
                mem[slot..slot + 8].copy_from_slice(&(a as u64).to_le_bytes());
                base + slot
            }
        };
        slot_at.push(at);
        let stub = stubs_at + STUB_LEN * n;
        let disp = match i32::try_from(at as i64 - (base + stub + 6) as i64) {
            Ok(d) => d,
            Err(_) => return unmap("GOT slot out of a stub's reach".into()),
        };
        mem[stub..stub + 2].copy_from_slice(&[0xff, 0x25]);
        mem[stub + 2..stub + 6].copy_from_slice(&disp.to_le_bytes());
        mem[stub + 6..stub + 8].copy_from_slice(&[0xcc, 0xcc]);
    }
    drop(shared);
    for s in file.sections() {
        let Some(sec_off) = offset(s.index()) else {
            continue;
        };
        for (at, r) in s.relocations() {
            let RelocationFlags::Elf { r_type } = r.flags() else {
                return unmap("not an ELF relocation".into());
            };
            let p_off = sec_off + at as usize;
            let p = (base + p_off) as i64;
            let a = r.addend();
            let (sym_addr, slot) = match r.target() {
                RelocationTarget::Symbol(i) => {
                    let n = slot_of[i.0] as usize;
                    (slot_targets[n] as i64, Some(n))
                }
                RelocationTarget::Section(sec) => match offset(sec) {
                    Some(o) => ((base + o) as i64, None),
                    None => return unmap("relocation against an unloaded section".into()),
                },
                _ => return unmap("absolute relocation target".into()),
            };
            let rel32 = |v: i64| -> Result<[u8; 4], String> {
                i32::try_from(v)
                    .map(i32::to_le_bytes)
                    .map_err(|_| format!("displacement out of range (type {r_type})"))
            };
            let wide = |v: i64| (v as u64).to_le_bytes();
            let narrow = |b: [u8; 4]| [b[0], b[1], b[2], b[3], 0, 0, 0, 0];
            // (bytes, how many of them to write)
            let field: Result<([u8; 8], usize), String> = match r_type {
                elf::R_X86_64_64 => Ok((wide(sym_addr + a), 8)),
                elf::R_X86_64_PC32 | elf::R_X86_64_PLT32 => {
                    // A call to external code goes straight to it when a rel32 reaches it
                    // (rjit's helpers and libpython are usually mapped near the arena), else
                    // through the object's stub: a stub per object and function is one more
                    // cache line per call, in each of hundreds of hot functions.
                    let target = match (r_type, slot) {
                        (elf::R_X86_64_PLT32, Some(n))
                            if external[n] && i32::try_from(sym_addr + a - p).is_err() =>
                        {
                            (base + stubs_at + STUB_LEN * n) as i64
                        }
                        _ => sym_addr,
                    };
                    rel32(target + a - p).map(|b| (narrow(b), 4))
                }
                elf::R_X86_64_GOTPCREL | elf::R_X86_64_GOTPCRELX | elf::R_X86_64_REX_GOTPCRELX => {
                    match slot {
                        Some(n) => rel32(slot_at[n] as i64 + a - p).map(|b| (narrow(b), 4)),
                        None => Err("GOT relocation against a section".into()),
                    }
                }
                other => Err(format!("relocation type {other}")),
            };
            match field {
                Ok((b, n)) if p_off + n <= total => mem[p_off..p_off + n].copy_from_slice(&b[..n]),
                Ok(_) => return unmap("relocation outside its section".into()),
                Err(e) => return unmap(e),
            }
        }
    }
    // (The object also has a FILE symbol of the same name.)
    let entry = file.symbols().find_map(|s| match s.section() {
        SymbolSection::Section(sec) if s.name() == Ok(symbol) => {
            offset(sec).map(|o| base + o + s.address() as usize)
        }
        _ => None,
    });
    let Some(entry) = entry else {
        return unmap(format!("{symbol} is not defined in the object"));
    };
    if let Err(e) = seal_block(base - colour, colour + total) {
        return unmap(e);
    }
    if let Some(o) = eh_frame.and_then(offset) {
        register_eh_frame(base + o);
    }
    Ok(entry)
}

/// Let the unwinder (and so debuggers and profilers that use it) walk compiled frames.
pub fn register_eh_frame(at: usize) {
    type RegisterFrame = unsafe extern "C" fn(*const u8);
    static REGISTER: std::sync::OnceLock<Option<RegisterFrame>> = std::sync::OnceLock::new();
    let f = REGISTER.get_or_init(|| {
        // SAFETY: dlsym with a NUL-terminated name; the result is the libgcc/libunwind
        // function of that well-known signature, or NULL.
        let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"__register_frame".as_ptr()) };
        // SAFETY: see above.
        (!p.is_null())
            .then(|| unsafe { std::mem::transmute::<*mut libc::c_void, RegisterFrame>(p) })
    });
    if let Some(f) = f {
        // SAFETY: `at` is a relocated, zero-terminated .eh_frame section that stays mapped.
        unsafe { f(at as *const u8) };
    }
}

/// One object's place in a pre-linked image (`prelink`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Offset and length of the object's sections in the image.
    pub off: u64,
    pub len: u32,
    /// The entry symbol's offset in the block, and its size.
    pub entry_off: u32,
    pub symbol_size: u32,
}

/// Many objects linked into one image that runs wherever it is mapped, followed in memory by
/// a GOT the loader fills per process (`code_memory::map_image`):
/// ```text
/// [ stubs: jmp *slot(%rip) | .eh_frame of every object + 0 terminator | block | block | … ]
/// then, at `got_at` (the image rounded up to `got_align`): slot 0, slot 1, …
/// ```
/// Every reference is PC-relative: calls to external symbols go through a stub, `GOTPCREL`
/// loads through the GOT, references within an object directly; so the image's bytes are
/// final and can be mapped executable straight from a file, shared between processes.
pub struct Prelinked {
    pub bytes: Vec<u8>,
    /// `bytes[..shared_len]` holds the stubs and the `.eh_frame` (not any block).
    pub shared_len: u64,
    pub eh_frame_off: u64,
    pub eh_frame_len: u64,
    /// The external symbol each GOT slot holds, in slot order.
    pub slots: Vec<String>,
    /// Per input object: its block, or why it was left out (it stays a loose entry).
    pub blocks: Vec<Result<Block, String>>,
}

/// What `prelink` needs of one object after reading it.
struct Planned<'a> {
    file: ElfFile64<'a, Endianness>,
    /// Offset in the block by section index (`None`: not loaded; `.eh_frame` is separate).
    offsets: Vec<Option<usize>>,
    eh_frame: Option<(SectionIndex, usize)>,
    size: usize,
    align: usize,
    entry: (SectionIndex, u64, u64),
}

fn plan<'a>(bytes: &'a [u8], symbol: &str) -> Result<Planned<'a>, String> {
    let file = parse(bytes)?;
    let mut offsets = vec![None; file.elf_section_table().len()];
    let (mut size, mut max_align, mut eh_frame) = (0usize, 16usize, None);
    for s in loaded_sections(&file)? {
        if s.name() == Ok(".eh_frame") {
            if !s.size().is_multiple_of(4) {
                return Err(".eh_frame of an odd length".into());
            }
            eh_frame = Some((s.index(), s.size() as usize));
            continue;
        }
        let a = (s.align() as usize).max(1);
        max_align = max_align.max(a);
        size = align(size, a);
        offsets[s.index().0] = Some(size);
        size += s.size() as usize;
    }
    let entry = file
        .symbols()
        .find_map(|s| match s.section() {
            SymbolSection::Section(sec) if s.name() == Ok(symbol) => {
                Some((sec, s.address(), s.size()))
            }
            _ => None,
        })
        .ok_or_else(|| format!("{symbol} is not defined in the object"))?;
    Ok(Planned {
        file,
        offsets,
        eh_frame,
        size,
        align: max_align,
        entry,
    })
}

/// Link `objects` (relocatable objects and their entry symbols) into one image (see
/// `Prelinked`). An object using anything the image cannot express (an absolute relocation,
/// a PC-relative data reference to another library, a writable section) is left out with
/// its reason; the others are unaffected. `Err` only for a failure after the layout (which
/// the first pass rules out): then there is no image at all, never one with a half-linked
/// object whose unwind records would describe code that is not there.
///
/// `known` says whether a process can resolve an external symbol (`code_memory::resolvable`):
/// an object calling anything else (a helper of another rjit build, left in the cache by it)
/// is left out too, as a pack whose GOT cannot be filled is refused whole.
pub fn prelink(
    objects: &[(&[u8], &str)],
    got_align: usize,
    known: &dyn Fn(&str) -> bool,
) -> Result<Prelinked, String> {
    // The parsers read ELF structures in place: 8-byte aligned copies of every object.
    let owned: Vec<Vec<u64>> = objects
        .iter()
        .map(|(b, _)| {
            let mut v = vec![0u64; b.len().div_ceil(8)];
            // SAFETY: `v` has at least `b.len()` bytes; distinct allocations.
            unsafe {
                std::ptr::copy_nonoverlapping(b.as_ptr(), v.as_mut_ptr() as *mut u8, b.len())
            };
            v
        })
        .collect();
    let views: Vec<&[u8]> = owned
        .iter()
        .zip(objects)
        // SAFETY: the first `b.len()` bytes of each buffer were initialised above.
        .map(|(v, (b, _))| unsafe { std::slice::from_raw_parts(v.as_ptr() as *const u8, b.len()) })
        .collect();
    let mut planned: Vec<Result<Planned, String>> = views
        .iter()
        .zip(objects)
        .map(|(b, (_, sym))| plan(b, sym))
        .collect();
    // External symbols → slots; objects with what an image cannot express are left out.
    let mut slot_of: std::collections::HashMap<String, usize> = Default::default();
    let mut slots: Vec<String> = Vec::new();
    for p in planned.iter_mut() {
        let Ok(pl) = p else { continue };
        let mut why = None;
        'scan: for s in pl.file.sections() {
            if pl.offsets[s.index().0].is_none() && pl.eh_frame.map(|e| e.0) != Some(s.index()) {
                continue;
            }
            for (_, r) in s.relocations() {
                let RelocationFlags::Elf { r_type } = r.flags() else {
                    why = Some("not an ELF relocation".to_string());
                    break 'scan;
                };
                let external = match r.target() {
                    RelocationTarget::Symbol(i) => match pl.file.symbol_by_index(i) {
                        Ok(sym) if sym.is_undefined() => Some(sym.name().unwrap_or("").to_string()),
                        Ok(sym) => match sym.section() {
                            SymbolSection::Section(sec)
                                if pl.offsets.get(sec.0).copied().flatten().is_some() =>
                            {
                                None
                            }
                            _ => {
                                why = Some("a symbol outside the loaded sections".into());
                                break 'scan;
                            }
                        },
                        Err(e) => {
                            why = Some(e.to_string());
                            break 'scan;
                        }
                    },
                    RelocationTarget::Section(sec)
                        if pl.offsets.get(sec.0).copied().flatten().is_some() =>
                    {
                        None
                    }
                    _ => {
                        why = Some("a relocation against an unloaded section".into());
                        break 'scan;
                    }
                };
                let ok = matches!(
                    (r_type, &external),
                    (elf::R_X86_64_PLT32, _)
                        | (elf::R_X86_64_PC32, None)
                        | (
                            elf::R_X86_64_GOTPCREL
                                | elf::R_X86_64_GOTPCRELX
                                | elf::R_X86_64_REX_GOTPCRELX,
                            Some(_)
                        )
                );
                if !ok {
                    why = Some(format!("relocation type {r_type} in an image"));
                    break 'scan;
                }
                if let Some(name) = &external
                    && !slot_of.contains_key(name)
                    && !known(name)
                {
                    why = Some(format!("calls {name}, which this rjit does not have"));
                    break 'scan;
                }
                if let Some(name) = external
                    && !slot_of.contains_key(&name)
                {
                    slot_of.insert(name.clone(), slots.len());
                    slots.push(name);
                }
            }
        }
        if let Some(w) = why {
            *p = Err(w);
        }
    }
    // Layout: stubs, then every .eh_frame back to back (its records are self-delimiting; a
    // gap of zeros would end the list), the terminator, then the blocks.
    let stubs_at = 0usize;
    let eh_at = align(STUB_LEN * slots.len(), 8);
    let mut at = eh_at;
    let mut eh_of = vec![None; planned.len()];
    for (i, p) in planned.iter().enumerate() {
        if let Ok(pl) = p
            && let Some((_, n)) = pl.eh_frame
        {
            eh_of[i] = Some(at);
            at += n;
        }
    }
    let eh_len = at + 4 - eh_at;
    let shared_len = align(at + 4, 64);
    let mut block_of = vec![0usize; planned.len()];
    let mut end = shared_len;
    for (i, p) in planned.iter().enumerate() {
        if let Ok(pl) = p {
            end = align(end, pl.align.max(64));
            block_of[i] = end;
            end += pl.size;
        }
    }
    let got_at = align(end.max(1), got_align);
    let mut bytes = vec![0u8; end];
    for (n, _) in slots.iter().enumerate() {
        let stub = stubs_at + STUB_LEN * n;
        let disp = (got_at + 8 * n) as i64 - (stub as i64 + 6);
        bytes[stub..stub + 2].copy_from_slice(&[0xff, 0x25]);
        bytes[stub + 2..stub + 6].copy_from_slice(&(disp as i32).to_le_bytes());
        bytes[stub + 6..stub + 8].copy_from_slice(&[0xcc, 0xcc]);
    }
    let mut blocks = Vec::with_capacity(planned.len());
    for (i, p) in planned.into_iter().enumerate() {
        let pl = match p {
            Ok(pl) => pl,
            Err(e) => {
                blocks.push(Err(e));
                continue;
            }
        };
        let base = block_of[i];
        // Image offset of a section of this object (blocks and .eh_frame).
        let sec_at = |s: SectionIndex| -> Option<usize> {
            if pl.eh_frame.map(|e| e.0) == Some(s) {
                eh_of[i]
            } else {
                pl.offsets.get(s.0).copied().flatten().map(|o| base + o)
            }
        };
        let mut result: Result<(), String> = Ok(());
        for s in pl.file.sections() {
            let Some(o) = sec_at(s.index()) else { continue };
            if s.kind() == object::SectionKind::UninitializedData {
                continue;
            }
            match s.data() {
                Ok(d) => bytes[o..o + d.len()].copy_from_slice(d),
                Err(e) => {
                    result = Err(e.to_string());
                    break;
                }
            }
        }
        'relocs: for s in pl.file.sections() {
            if result.is_err() {
                break;
            }
            let Some(sec_off) = sec_at(s.index()) else {
                continue;
            };
            for (at, r) in s.relocations() {
                let RelocationFlags::Elf { r_type } = r.flags() else {
                    result = Err("not an ELF relocation".into());
                    break 'relocs;
                };
                let p = (sec_off + at as usize) as i64;
                let (target, slot) = match r.target() {
                    RelocationTarget::Symbol(si) => {
                        let Ok(sym) = pl.file.symbol_by_index(si) else {
                            result = Err("bad symbol".into());
                            break 'relocs;
                        };
                        if sym.is_undefined() {
                            let n = slot_of[sym.name().unwrap_or("")];
                            ((stubs_at + STUB_LEN * n) as i64, Some(n))
                        } else {
                            match sym.section() {
                                SymbolSection::Section(sec) => match sec_at(sec) {
                                    Some(o) => ((o as u64 + sym.address()) as i64, None),
                                    None => {
                                        result = Err("symbol in an unloaded section".into());
                                        break 'relocs;
                                    }
                                },
                                _ => {
                                    result = Err("symbol section".into());
                                    break 'relocs;
                                }
                            }
                        }
                    }
                    RelocationTarget::Section(sec) => match sec_at(sec) {
                        Some(o) => (o as i64, None),
                        None => {
                            result = Err("relocation against an unloaded section".into());
                            break 'relocs;
                        }
                    },
                    _ => {
                        result = Err("absolute relocation target".into());
                        break 'relocs;
                    }
                };
                let value = match (r_type, slot) {
                    (
                        elf::R_X86_64_GOTPCREL
                        | elf::R_X86_64_GOTPCRELX
                        | elf::R_X86_64_REX_GOTPCRELX,
                        Some(n),
                    ) => (got_at + 8 * n) as i64 + r.addend() - p,
                    _ => target + r.addend() - p,
                };
                match i32::try_from(value) {
                    Ok(v) if (p as usize) + 4 <= bytes.len() => {
                        bytes[p as usize..p as usize + 4].copy_from_slice(&v.to_le_bytes())
                    }
                    _ => {
                        result = Err(format!("displacement out of range (type {r_type})"));
                        break 'relocs;
                    }
                }
            }
        }
        result?;
        let (esec, eaddr, esize) = pl.entry;
        let entry = sec_at(esec).ok_or("entry in an unloaded section")? + eaddr as usize;
        blocks.push(Ok(Block {
            off: base as u64,
            len: pl.size as u32,
            entry_off: (entry - base) as u32,
            symbol_size: esize as u32,
        }));
    }
    Ok(Prelinked {
        bytes,
        shared_len: shared_len as u64,
        eh_frame_off: eh_at as u64,
        eh_frame_len: eh_len as u64,
        slots,
        blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arena_shares_slots_and_hands_out_pages_in_order() {
        let mut a = Arena::reserve().expect("reserve the arena");
        let x = a.slot(0x1234).unwrap();
        let y = a.slot(0x5678).unwrap();
        assert_eq!(a.slot(0x1234), Some(x), "one slot per address");
        assert_eq!((x, y), (a.base, a.base + 8));
        // SAFETY: slots of the arena's GOT, readable since `reserve`.
        assert_eq!(unsafe { *(y as *const u64) }, 0x5678);
        let page = page_size();
        let p = a.pages(1).unwrap();
        let q = a.pages(page + 1).unwrap();
        assert_eq!(p, a.base + ARENA_GOT_BYTES);
        assert_eq!(q, p + page, "objects follow one another");
        assert_eq!(a.next, ARENA_GOT_BYTES + 3 * page);
        // SAFETY: the pages just handed out, readable and writable.
        unsafe { (q as *mut u8).add(page).write(7) };
        assert_eq!(a.colour(100), 0);
        assert_eq!(a.colour(page - 64), 128);
        assert_eq!(a.colour(10), 64, "colours wrap around the page");
        assert!(a.pages(ARENA_BYTES).is_none(), "a full arena declines");
        // SAFETY: the reservation made above, no longer used.
        unsafe { libc::munmap(a.base as *mut libc::c_void, ARENA_BYTES) };
    }
}
