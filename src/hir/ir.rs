//! The typed middle's data: a function of basic blocks in SSA form, with block parameters
//! instead of phis, every value defined once, and the interpreter frame state (locals and
//! value stack, as SSA values) recorded wherever compiled code may have to hand the frame back
//! to the interpreter.
//!
//! Invariants:
//! - `Func::blocks[0]` is the entry and has no parameters; every other block's parameters are
//!   the values that differ between its predecessors (`build` removes the ones that do not);
//! - every operand is defined before use on every path (dominance), and every edge passes
//!   exactly as many arguments as its target has parameters;
//! - a `FrameState` names a bytecode instruction the interpreter can resume at (`Instr::start`)
//!   and holds one value per fast local (`Const::Unbound` where the local is unbound) and one
//!   per value-stack slot, bottom first: what deopt writes back into the frame.

use crate::bytecode::Opcode;

use super::types::Type;

/// An SSA value, `v<n>` in the text form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(pub u32);

/// A block, `block<n>` in the text form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// An index into `Func::states`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StateId(pub u32);

/// A constant operand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Const {
    /// An exact int of `co_consts` that fits a machine word (`CodeSnapshot::numbers`).
    Int(i64),
    /// An exact float of `co_consts`, by its bits.
    Float(u64),
    /// Another constant, by index in `co_consts`.
    Obj(u32),
    /// The marker of an unbound fast local (NULL in `localsplus`).
    Unbound,
    /// The NULL that LOAD_GLOBAL and LOAD_METHOD push below a callable.
    Null,
}

/// What an instruction computes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// The value a fast local holds when the frame starts (an argument).
    Param(u32),
    Const(Const),
    /// The local's value, or UnboundLocalError (with the frame state) when it has none.
    CheckBound {
        local: u32,
        v: Value,
    },
    /// `v` itself, known from here on to have a type in `ty`; otherwise the frame goes back
    /// to the interpreter at the state's instruction (deopt).
    Guard {
        v: Value,
        ty: Type,
    },
    /// `v` is a function whose code is callee `site`'s (`CodeSnapshot::callee_base`), no tracer
    /// is set and the recursion limit is not reached, so the callee's instructions that follow
    /// (`inline`) compute what calling it computes; otherwise the frame goes back to the
    /// interpreter at the call (deopt), which calls whatever `v` is. With `slot`, `v` is the
    /// object a subscript is of: its class has the version tag the site holds and the function
    /// the site holds (its `__getitem__` or `__setitem__`) still has the site's code.
    /// `depth`: the frames the interpreter would have pushed to run it (1; 2 for a callee's
    /// callee), each of which needs room under the recursion limit.
    Callee {
        v: Value,
        site: u32,
        slot: bool,
        depth: u32,
    },
    /// Attribute `name` (an index into the `co_names` of the code object in callee site `code`)
    /// of `v`, an argument of that callee computed in place, where generic lookup finds it
    /// without running code (the instance's own attribute, an object slot, a plain class
    /// attribute), read through the callee's own site `site` for it, inline where the callee's
    /// quickening found (`hint`). The object is borrowed: its only uses are guards, and what
    /// reads the guarded value before anything can run code (`inline`). With `method`, the
    /// function LOAD_METHOD finds on `v`'s class for the name, when no attribute of `v` shadows
    /// it (borrowed: the class holds it), for the `Op::Callee` check of a callee of the callee.
    /// Anything else deopts to the call.
    CalleeAttr {
        v: Value,
        site: u32,
        code: u32,
        name: u32,
        hint: crate::tier0::profile::AttrHint,
        method: bool,
    },
    /// Global `name` (an index into the `co_names` of the code object in callee site `code`,
    /// a subscript callee's) of that callee computed in place: read, borrowed, through the
    /// callee's own site `site` for its LOAD_GLOBAL, where the function the site holds has the
    /// frame's globals and builtins (so the lookup is the one its own frame would make) and
    /// finding it runs no code. Its only uses are `Op::Is` checks. Anything else deopts to the
    /// call.
    CalleeGlobal {
        site: u32,
        code: u32,
        name: u32,
    },
    /// `v` is the builtin object `builtin` (`isinstance`, `tuple`, ...: this process's);
    /// otherwise deopt.
    Is {
        v: Value,
        builtin: Builtin,
    },
    /// One bytecode instruction left as the generic tier lowers it: pops `inputs` (bottom
    /// first), pushes the instruction's results. `kw` is a pending KW_NAMES constant.
    Generic {
        op: Opcode,
        arg: u32,
        offset: u32,
        inputs: Vec<Value>,
        kw: Option<u32>,
    },
}

/// Builtin objects `Op::Is` checks for: `isinstance`, and the classes whose instances a
/// proven type answers `isinstance` for (`inline::fold_isinstance`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Isinstance,
    Int,
    Float,
    Tuple,
    List,
}

impl Builtin {
    /// The builtin named `name`.
    pub fn named(name: &str) -> Option<Builtin> {
        [
            Builtin::Isinstance,
            Builtin::Int,
            Builtin::Float,
            Builtin::Tuple,
            Builtin::List,
        ]
        .into_iter()
        .find(|b| b.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Builtin::Isinstance => "isinstance",
            Builtin::Int => "int",
            Builtin::Float => "float",
            Builtin::Tuple => "tuple",
            Builtin::List => "list",
        }
    }
}

/// One instruction: its results (none, one, or several for UNPACK_SEQUENCE and LOAD_METHOD),
/// what it computes and, for an instruction that may deopt or raise, the frame state before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inst {
    pub results: Vec<Value>,
    pub op: Op,
    pub state: Option<StateId>,
}

/// A control-flow edge: the target and the values for its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub to: BlockId,
    pub args: Vec<Value>,
}

/// The condition a conditional branch tests on the value it pops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cond {
    True,
    False,
    None,
    NotNone,
}

/// How a block ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Terminator {
    Jump(Edge),
    /// `taken` when `v` satisfies `cond`, else `fallthrough`. `state`: truth testing may
    /// raise.
    Branch {
        v: Value,
        cond: Cond,
        taken: Edge,
        fallthrough: Edge,
        state: StateId,
    },
    /// FOR_ITER: `next(iter)` is `item`, defined on the `body` edge only; exhaustion takes
    /// `exhausted` with the iterator popped.
    ForIter {
        iter: Value,
        item: Value,
        body: Edge,
        exhausted: Edge,
        state: StateId,
    },
    Return(Value),
    /// RAISE_VARARGS: raise `inputs` (none: re-raise the exception being handled; one: the
    /// exception; two: with a cause), with the frame state for the traceback entry.
    Raise {
        inputs: Vec<Value>,
        state: StateId,
    },
    /// Back to the interpreter at the state's instruction, always: what an inlined callee's
    /// `raise` becomes (`inline`), so that the interpreter makes the call, which raises.
    Deopt(StateId),
}

/// A basic block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The bytecode unit it starts at.
    pub start: u32,
    pub params: Vec<Value>,
    /// The frame as the interpreter has it on entering the block (resume at `start`), in
    /// terms of its parameters and the values that dominate it; `None` for the entry block.
    /// Where a guard moved out of a loop deopts (`hoist`).
    pub entry: Option<StateId>,
    /// Made by `hoist` on a loop's entry edge (it holds the loop's invariant guards); `start`
    /// is the loop header's.
    pub preheader: bool,
    /// Its terminator is an inlined callee's (`inline`), not a bytecode instruction of this
    /// code's, and never a back edge; `start` is the CALL's.
    pub inlined: bool,
    pub insts: Vec<Inst>,
    pub term: Terminator,
}

/// Interpreter frame state at a bytecode instruction (see the module invariants).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameState {
    pub resume_at: u32,
    pub locals: Vec<Value>,
    pub stack: Vec<Value>,
}

/// A builtin a CALL site's typed code computes itself (`specialise::intrinsics`): chosen by the
/// name of the global called and the arguments' types, and checked at run time to be that
/// builtin (anything else deopts to the CALL). Only builtins whose result is a new object in
/// CPython too, or the argument itself (`float` of a float, lowered as the same value), or one
/// of the arguments' objects kept as that object (`MinMax`, `AbsInt`), so that no identity is
/// lost by computing it natively.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intrinsic {
    /// `abs(x)` of a float.
    AbsFloat,
    /// `len(x)` of an exact list, tuple, dict or `array.array` (`ob_size`, `ma_used`).
    Len,
    /// `f(x)` of an int or a float, `f` the `math` function named `specialise::MATH_NAMES[k]`
    /// (imported by name, `from math import sqrt`, or read from the module, `math.sqrt(x)`),
    /// checked at run time to be this process's `math.<name>` (`rjit_math_funcs`) and
    /// computed in place: `sqrt` and `fabs` as instructions, the others by libm's functions,
    /// which CPython's `math_1` calls.
    Math(u8),
    /// `float(x)` of an exact float (the argument itself, as in CPython) or an int (a new
    /// float, rounded as `int.__float__` rounds an int of a machine word).
    Float,
    /// `min(a, b)` or `max(a, b)` (`max`) of two ints, two floats or one of each, compared as
    /// CPython compares them (`b < a` for `min`, `b > a` for `max`: the first of equal or
    /// unordered arguments). The result is the chosen argument's object, as in CPython, where
    /// either argument's object could be seen (`keep`: the result is that object, held in the
    /// CALL's result slot); otherwise the chosen number, unboxed.
    MinMax { max: bool, keep: bool },
    /// `abs(x)` of an int. CPython's result is `x`'s own object when `x >= 0` (`long_abs`),
    /// a new int otherwise: with `keep`, that object, as for `MinMax`; otherwise unboxed. The
    /// negation of `-2**63` deopts (the interpreter makes the big int).
    AbsInt { keep: bool },
    /// `lst.append(x)` of an exact list: the LOAD_METHOD gives the descriptor `list.append` and
    /// the list without a lookup (a builtin type's methods cannot change), the CALL appends
    /// `x`'s object (`rjit_list_append_value`).
    ListAppend,
}

impl Intrinsic {
    /// Whether the result is one of the arguments' objects (held by the CALL's result slot),
    /// not a number computed unboxed.
    pub fn keeps_an_argument(self) -> bool {
        matches!(
            self,
            Intrinsic::MinMax { keep: true, .. } | Intrinsic::AbsInt { keep: true }
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            Intrinsic::AbsFloat => "abs",
            Intrinsic::Len => "len",
            Intrinsic::Math(_) => "math",
            Intrinsic::Float => "float",
            Intrinsic::ListAppend => "append",
            Intrinsic::MinMax { max: false, keep } => ["min", "min keep"][usize::from(keep)],
            Intrinsic::MinMax { max: true, keep } => ["max", "max keep"][usize::from(keep)],
            Intrinsic::AbsInt { keep } => ["abs int", "abs int keep"][usize::from(keep)],
        }
    }
}

/// One code object in the typed middle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Func {
    pub name: String,
    pub blocks: Vec<Block>,
    pub states: Vec<FrameState>,
    /// The CALL sites computed natively, by the CALL's offset (`Intrinsic`), and the
    /// LOAD_METHODs of `ListAppend`'s, by theirs.
    pub natives: std::collections::BTreeMap<u32, Intrinsic>,
    /// The generic instructions the typed tier lowers with a light sync, the frame fully synced
    /// only on their slow path, by offset (`specialise`): every LOAD_GLOBAL (its inline cache
    /// hit runs no code), LOAD_ATTR and LOAD_METHOD where quickening found a module's attribute
    /// (`LOAD_ATTR_MODULE`, `LOAD_METHOD_MODULE`: the module's dict read through the inline
    /// cache), LOAD_ATTR where it found an instance's own attribute (`_INSTANCE_VALUE`,
    /// `_WITH_HINT`, `_SLOT`) or a sampled attribute of a parameter, every STORE_ATTR
    /// (replacing an instance's own attribute) and every LOAD_DEREF (a cell's contents).
    pub quiet: std::collections::BTreeSet<u32>,
    /// The type of every value (`types::propagate`), indexed by `Value`.
    pub types: Vec<Type>,
    /// What the arguments are known to be, by parameter (`Any` past its end): a callee's, built
    /// for one call whose arguments' types the caller proves (`inline`); empty otherwise.
    pub arguments: Vec<Type>,
    /// How every value is held (`repr::plan`), indexed by `Value`.
    pub reprs: Vec<super::repr::Repr>,
}

impl Func {
    /// Check the invariants that do not need dominance: every edge passes one argument per
    /// parameter of its target, every value read is defined once somewhere, every frame state
    /// has `nlocals` locals. A failure is a bug in `build`; the message says where.
    pub fn verify(&self, nlocals: usize) -> Result<(), String> {
        let mut defined = std::collections::HashSet::new();
        let mut define = |v: Value| {
            if defined.insert(v) {
                Ok(())
            } else {
                Err(format!("v{} defined twice", v.0))
            }
        };
        for b in &self.blocks {
            b.params.iter().try_for_each(|&v| define(v))?;
            b.insts
                .iter()
                .flat_map(|i| &i.results)
                .try_for_each(|&v| define(v))?;
            if let Terminator::ForIter { item, .. } = b.term {
                define(item)?;
            }
        }
        for (k, b) in self.blocks.iter().enumerate() {
            if let Some(v) = Func::operands(b).find(|v| !defined.contains(v)) {
                return Err(format!("block{k} reads v{}, defined nowhere", v.0));
            }
            for e in b.term.edges() {
                let want = self
                    .blocks
                    .get(e.to.0 as usize)
                    .ok_or_else(|| format!("block{k} jumps to a missing block{}", e.to.0))?
                    .params
                    .len();
                if e.args.len() != want {
                    return Err(format!(
                        "block{k} passes {} arguments to block{} of {want} parameters",
                        e.args.len(),
                        e.to.0
                    ));
                }
            }
        }
        for s in &self.states {
            if s.locals.len() != nlocals {
                return Err(format!(
                    "state @{} has {} locals",
                    s.resume_at,
                    s.locals.len()
                ));
            }
            if let Some(v) = s
                .locals
                .iter()
                .chain(&s.stack)
                .find(|v| !defined.contains(v))
            {
                return Err(format!(
                    "state @{} holds v{}, defined nowhere",
                    s.resume_at, v.0
                ));
            }
        }
        Ok(())
    }

    /// Every value an instruction or terminator of `b` reads, in order.
    pub fn operands(b: &Block) -> impl Iterator<Item = Value> + '_ {
        let insts = b.insts.iter().flat_map(|i| match &i.op {
            Op::Param(_) | Op::Const(_) | Op::CalleeGlobal { .. } => Vec::new(),
            Op::CheckBound { v, .. }
            | Op::Guard { v, .. }
            | Op::Callee { v, .. }
            | Op::CalleeAttr { v, .. }
            | Op::Is { v, .. } => vec![*v],
            Op::Generic { inputs, .. } => inputs.clone(),
        });
        let term: Vec<Value> = match &b.term {
            Terminator::Jump(e) => e.args.clone(),
            Terminator::Branch {
                v,
                taken,
                fallthrough,
                ..
            } => std::iter::once(*v)
                .chain(taken.args.iter().copied())
                .chain(fallthrough.args.iter().copied())
                .collect(),
            Terminator::ForIter {
                iter,
                body,
                exhausted,
                ..
            } => std::iter::once(*iter)
                .chain(body.args.iter().copied())
                .chain(exhausted.args.iter().copied())
                .collect(),
            Terminator::Return(v) => vec![*v],
            Terminator::Raise { inputs, .. } => inputs.clone(),
            Terminator::Deopt(_) => Vec::new(),
        };
        insts.chain(term)
    }
}

impl Terminator {
    /// The outgoing edges, mutably.
    pub fn edges_mut(&mut self) -> Vec<&mut Edge> {
        match self {
            Terminator::Jump(e) => vec![e],
            Terminator::Branch {
                taken, fallthrough, ..
            } => vec![taken, fallthrough],
            Terminator::ForIter {
                body, exhausted, ..
            } => vec![body, exhausted],
            Terminator::Return(_) | Terminator::Raise { .. } | Terminator::Deopt(_) => vec![],
        }
    }

    /// The outgoing edges.
    pub fn edges(&self) -> Vec<&Edge> {
        match self {
            Terminator::Jump(e) => vec![e],
            Terminator::Branch {
                taken, fallthrough, ..
            } => vec![taken, fallthrough],
            Terminator::ForIter {
                body, exhausted, ..
            } => vec![body, exhausted],
            Terminator::Return(_) | Terminator::Raise { .. } | Terminator::Deopt(_) => vec![],
        }
    }
}
