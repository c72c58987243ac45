//! Bytecode front end: pure Rust, no pyo3, no Python objects.
//!
//! Input is plain data copied from a code object (`co_code_adaptive` code units, the exception
//! table bytes, a few counts); output is a decoded instruction list with jump targets, exception
//! handlers and the value-stack depth before every reachable instruction.
//!
//! ```text
//! code units ─► decode (EXTENDED_ARG, CACHE, quickened → base via DEOPT) ─► Vec<Instr>
//!            ─► exception_table::parse ─► stack_depth::analyse ─► Analysed
//!            ─► cfg::blocks (basic blocks, successors)   linetable::line_table (line per unit)
//! ```
//! Tested against CPython itself: `testdata/code_objects.txt` holds real code objects with
//! `dis`'s instructions, `co_positions()` lines and jump/handler targets (`tests.rs`).
//! Invariant: every offset here is in 16-bit code units, as CPython counts them, and every
//! `Instr::start` is an instruction boundary the interpreter can resume at (never a CACHE unit).
//! Allowed dependencies: nothing internal.

pub mod cfg;
pub mod decode;
pub mod exception_table;
pub mod linetable;
pub mod opcodes;
pub mod stack_depth;
#[cfg(test)]
mod tests;

pub use decode::{Instr, decode};
pub use exception_table::{ExceptionEntry, parse_exception_table};
pub use opcodes::Opcode;
pub use stack_depth::{StackError, analyse_depths, physical_effect, stack_effect};

/// Everything later stages need about one code object's bytecode.
#[derive(Debug, Clone)]
pub struct Analysed {
    pub instrs: Vec<Instr>,
    pub handlers: Vec<ExceptionEntry>,
    /// Stack depth before each instruction (parallel to `instrs`); `None` if unreachable.
    pub depths: Vec<Option<u32>>,
    /// Reachable without raising (no exception-handler edge on the path). Compiled code hands
    /// every exception to the interpreter, so only these instructions are ever lowered.
    pub normal: Vec<bool>,
}

impl Analysed {
    /// A stable text rendering for filetests: one line per instruction (`start`, depth before
    /// it or `-` if unreachable, name, oparg, jump target) and then the exception table.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for (i, ins) in self.instrs.iter().enumerate() {
            let d = self.depths[i].map_or("-".to_string(), |d| d.to_string());
            let tgt = ins
                .jump_target()
                .map_or(String::new(), |t| format!(" -> {t}"));
            out.push_str(&format!(
                "{:5} d={:<3} {} {}{}\n",
                ins.start,
                d,
                ins.op.name(),
                ins.arg,
                tgt
            ));
        }
        for h in &self.handlers {
            out.push_str(&format!(
                "handler [{}, {}) -> {} depth={}{}\n",
                h.start,
                h.end,
                h.target,
                h.depth,
                if h.lasti { " lasti" } else { "" }
            ));
        }
        out
    }
}

/// Decode and analyse code units. Errors name what is malformed.
pub fn analyse(code: &[u16], exception_table: &[u8]) -> Result<Analysed, StackError> {
    let instrs = decode(code).map_err(StackError::Decode)?;
    let handlers = parse_exception_table(exception_table).map_err(StackError::Decode)?;
    let depths = analyse_depths(&instrs, &handlers)?;
    let normal = analyse_depths(&instrs, &[])?
        .iter()
        .map(Option::is_some)
        .collect();
    Ok(Analysed {
        instrs,
        handlers,
        depths,
        normal,
    })
}
