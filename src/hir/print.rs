//! The text form of the typed middle, for filetests and `rjit._rjit._dump_hir`: one line per
//! block header and per instruction, every value with its type, frame states by instruction.
//!
//! ```text
//! block1(v7: Int|Float, v8: Any):
//!     v9 = BINARY_OP 0 v7, v2  : Int|Float  @14 [v7 v8 | v7 v2]
//!     branch False v10 -> block3(v9), block2(v9)
//! ```
//! `@14 [locals | stack]` is the frame state deopt or an error exit restores. Invariant: the
//! text is a function of the `Func` alone (no addresses, no hash order), so blessed outputs
//! are stable.

use std::fmt::Write;

use super::ir::{Const, Edge, Func, Inst, Op, StateId, Terminator, Value};
use super::repr::Repr;

/// `Int`, `Float f64`: the type, and how the value is held when it is not an object.
fn ty(f: &Func, v: Value) -> String {
    let t = f
        .types
        .get(v.0 as usize)
        .map_or_else(|| "?".into(), |t| t.name());
    match f.reprs.get(v.0 as usize) {
        Some(Repr::I64) => format!("{t} i64"),
        Some(Repr::F64) => format!("{t} f64"),
        _ => t,
    }
}

fn list(vs: &[Value]) -> String {
    vs.iter()
        .map(|v| format!("v{}", v.0))
        .collect::<Vec<_>>()
        .join(" ")
}

fn state(f: &Func, s: Option<StateId>) -> String {
    match s {
        None => String::new(),
        Some(id) => {
            let s = &f.states[id.0 as usize];
            format!(
                "  @{} [{} | {}]",
                s.resume_at,
                list(&s.locals),
                list(&s.stack)
            )
        }
    }
}

fn edge(e: &Edge) -> String {
    let args: Vec<String> = e.args.iter().map(|v| format!("v{}", v.0)).collect();
    format!("block{}({})", e.to.0, args.join(", "))
}

fn inst(f: &Func, i: &Inst) -> String {
    let rhs = match &i.op {
        Op::Param(k) => format!("param {k}"),
        Op::Const(c) => match c {
            Const::Int(n) => format!("const {n}"),
            Const::Float(bits) => format!("const {:?}", f64::from_bits(*bits)),
            Const::Obj(k) => format!("const co_consts[{k}]"),
            Const::Unbound => "unbound".into(),
            Const::Null => "null".into(),
        },
        Op::CheckBound { local, v } => format!("check_bound {local} v{}", v.0),
        Op::Guard { v, ty } => format!("guard {} v{}", ty.name(), v.0),
        Op::Callee {
            v,
            site,
            slot,
            depth,
        } => {
            let kind = if *slot { "callee_slot" } else { "callee" };
            let deep = if *depth > 1 {
                format!(" depth {depth}")
            } else {
                String::new()
            };
            format!("{kind} {site} v{}{deep}", v.0)
        }
        Op::CalleeAttr {
            v,
            site,
            code,
            name,
            method,
            ..
        } => {
            let kind = if *method {
                "callee_method"
            } else {
                "callee_attr"
            };
            format!("{kind} {site} v{} name{name} of {code}", v.0)
        }
        Op::CalleeGlobal { site, code, name } => {
            format!("callee_global {site} name{name} of {code}")
        }
        Op::Is { v, builtin } => format!("is {} v{}", builtin.name(), v.0),
        Op::Generic {
            op,
            arg,
            inputs,
            kw,
            offset,
        } => {
            let ins: Vec<String> = inputs.iter().map(|v| format!("v{}", v.0)).collect();
            let kw = kw.map_or(String::new(), |k| format!(" kw=co_consts[{k}]"));
            let native = f
                .natives
                .get(offset)
                .map_or(String::new(), |n| format!(" [native {}]", n.name()));
            format!("{} {arg}{kw} {}{native}", op.name(), ins.join(", "))
        }
    };
    let lhs = if i.results.is_empty() {
        String::new()
    } else {
        let rs: Vec<String> = i.results.iter().map(|v| format!("v{}", v.0)).collect();
        format!("{} = ", rs.join(", "))
    };
    let tys: Vec<String> = i.results.iter().map(|&v| ty(f, v)).collect();
    let tys = if tys.is_empty() {
        String::new()
    } else {
        format!("  : {}", tys.join(", "))
    };
    format!("{lhs}{}{tys}{}", rhs.trim_end(), state(f, i.state))
}

/// The whole function as text.
pub fn render(f: &Func) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "function {}", f.name);
    let loops = super::kernel::loops(f);
    for (k, b) in f.blocks.iter().enumerate() {
        for l in loops.iter().filter(|l| l.header == k) {
            let blocks: Vec<String> = l.body.iter().map(|b| format!("block{b}")).collect();
            let verdict = match &l.kernel {
                Ok(()) => "a typed kernel".to_string(),
                Err(why) => format!("generic: {why}"),
            };
            let _ = writeln!(out, "# loop {}: {verdict}", blocks.join(" "));
        }
        let ps: Vec<String> = b
            .params
            .iter()
            .map(|&v| format!("v{}: {}", v.0, ty(f, v)))
            .collect();
        let what = if b.preheader {
            "entry to the loop at unit"
        } else if b.inlined {
            "ends in a callee's code, unit"
        } else {
            "unit"
        };
        let _ = writeln!(out, "block{k}({}):  # {what} {}", ps.join(", "), b.start);
        for i in &b.insts {
            let _ = writeln!(out, "    {}", inst(f, i));
        }
        let t = match &b.term {
            Terminator::Jump(e) => format!("jump {}", edge(e)),
            Terminator::Branch {
                v,
                cond,
                taken,
                fallthrough,
                state: s,
            } => format!(
                "branch {cond:?} v{} -> {}, {}{}",
                v.0,
                edge(taken),
                edge(fallthrough),
                state(f, Some(*s))
            ),
            Terminator::ForIter {
                iter,
                item,
                body,
                exhausted,
                state: s,
            } => format!(
                "for_iter v{} -> v{} ({}): {}, {}{}",
                iter.0,
                item.0,
                ty(f, *item),
                edge(body),
                edge(exhausted),
                state(f, Some(*s))
            ),
            Terminator::Return(v) => format!("return v{}", v.0),
            Terminator::Raise { inputs, state: s } => {
                let ins: Vec<String> = inputs.iter().map(|v| format!("v{}", v.0)).collect();
                format!("raise {}{}", ins.join(", "), state(f, Some(*s)))
            }
            Terminator::Deopt(s) => format!("deopt{}", state(f, Some(*s))),
        };
        let _ = writeln!(out, "    {t}");
    }
    out
}
