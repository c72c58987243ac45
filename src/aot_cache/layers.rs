//! Cache layers: `RJIT_CACHE_DIR=/home/me/.cache/rjit:/opt/app/rjit-cache` is searched in
//! order; new entries go to the first trusted directory this process may write; the others
//! serve look-ups only (an image's read-only layer, built by `rjit precompile` at build time).
//!
//! Invariant: a directory is used only when it and (checked at load) each entry are owned by
//! this user or root and not writable by group or others: whatever is in it becomes machine
//! code in this process. A refused directory is reported once, not silently skipped.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use std::sync::{Arc, OnceLock};

use super::pack::{self, Pack};
use super::{CacheKey, Loaded, Miss, check_dir, load};

pub struct Layer {
    pub dir: PathBuf,
    /// This process may create entries in it (and refresh their times).
    pub writable: bool,
    /// Its packs, opened and verified at the first look-up in a pack, and the keys whose
    /// loose entries were written again since (`store::SUPERSEDED_FILE`).
    packs: OnceLock<(Vec<Arc<Pack>>, Digests)>,
}

/// A set of entry digests.
type Digests = std::collections::HashSet<[u8; 32]>;

#[derive(Default)]
pub struct Layers {
    pub layers: Vec<Layer>,
    /// Directories named but not used, with the reason (one line each).
    pub refused: Vec<String>,
}

fn may_write(dir: &Path) -> bool {
    let Ok(c) = CString::new(dir.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: access only reads the NUL-terminated path.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

impl Layers {
    /// Resolve `dirs` (in search order). `create`: a missing directory is created (mode 0755)
    /// until there is one this process may write; a missing directory is otherwise empty.
    pub fn open(dirs: &[PathBuf], create: bool) -> Layers {
        let mut out = Layers::default();
        for dir in dirs {
            if create
                && out.write_dir().is_none()
                && !dir.exists()
                && let Err(e) = super::prepare_dir(dir)
            {
                out.refused.push(e);
                continue;
            }
            if !dir.exists() {
                continue;
            }
            match check_dir(dir) {
                Ok(()) => out.layers.push(Layer {
                    writable: may_write(dir),
                    dir: dir.clone(),
                    packs: OnceLock::new(),
                }),
                Err(e) => out.refused.push(e),
            }
        }
        out
    }

    /// Where new entries go.
    pub fn write_dir(&self) -> Option<&Path> {
        self.layers
            .iter()
            .find(|l| l.writable)
            .map(|l| l.dir.as_path())
    }

    /// The first verified entry for any of `keys` (tried in order, each through every
    /// layer). When none is found, the most telling miss: a damaged, foreign or refused entry
    /// rather than plain absence.
    pub fn load(&self, keys: &[CacheKey]) -> Result<(usize, Loaded), Miss> {
        let mut worst = Miss::Absent;
        for (k, key) in keys.iter().enumerate() {
            for l in &self.layers {
                match load(&l.dir, key, l.writable) {
                    Ok(e) => return Ok((k, e)),
                    Err(Miss::Absent) => {}
                    Err(m) => {
                        if matches!(worst, Miss::Absent) {
                            worst = m;
                        }
                    }
                }
            }
        }
        Err(worst)
    }

    /// The first pack entry for any of `keys` (tried in order, each through every layer's
    /// packs written by a build of helper ABI `abi`), unverified (`Pack::verify`). Packs are
    /// opened at the first call; `refused` sees each pack that could not be used, once per
    /// process. With `fresh`, a key whose loose entry in a layer was written again after
    /// that layer's packs were made (`store::SUPERSEDED_FILE`) is not taken from them, and
    /// the bool says whether that passed over any (the loose entry is then the one to load).
    pub fn find_packed(
        &self,
        keys: &[CacheKey],
        abi: u32,
        fresh: bool,
        refused: &mut dyn FnMut(&Miss),
    ) -> (Option<(usize, Arc<Pack>, pack::Found)>, bool) {
        let digests: Vec<[u8; 32]> = keys.iter().map(|k| k.digest()).collect();
        let mut passed_over = false;
        for (k, d) in digests.iter().enumerate() {
            for l in &self.layers {
                let (packs, superseded) = l.packs.get_or_init(|| {
                    let (ok, bad) = pack::open_all(&l.dir, l.writable, abi);
                    bad.iter().for_each(&mut *refused);
                    let superseded = if ok.is_empty() {
                        Default::default()
                    } else {
                        super::store::superseded(&l.dir)
                    };
                    (ok.into_iter().map(Arc::new).collect(), superseded)
                });
                if fresh && superseded.contains(d) {
                    passed_over |= packs.iter().any(|p| p.find(d).is_some());
                    continue;
                }
                for p in packs {
                    if let Some(f) = p.find(d) {
                        return (Some((k, p.clone(), f)), passed_over);
                    }
                }
            }
        }
        (None, passed_over)
    }

    pub fn is_empty(&self) -> bool {
        self.layers.is_empty()
    }
}
