//! Guards from CPython's own type feedback (`tier0::profile`): where quickening turned an
//! instruction into its int or float form (`BINARY_OP_ADD_INT`, `COMPARE_OP_FLOAT_JUMP`, ...)
//! or its list/tuple/dict form (`BINARY_SUBSCR_LIST_INT`, `UNPACK_SEQUENCE_TUPLE`, ...), each
//! operand whose type is not already known to be that is guarded, and the guarded value
//! replaces it from there on in the block. 3.11 records nothing for FOR_ITER, so
//! `for i in range(...)` is recognised by its shape (and the global's name) and its iterator
//! guarded a range iterator. Where quickening says nothing, what a parameter held when the code
//! got hot, and the attributes of parameters its loads read (`ValueHint`: an `array.array`, a
//! float), guard its subscripts and numbers. Type propagation then carries
//! the guarded types through the code, loops included.
//!
//! Invariant: a guard deopts at the instruction it protects, with the frame state that
//! instruction had (the operands still on the value stack), so the interpreter re-executes the
//! instruction itself: a failing guard changes speed, never results. A hint only ever adds
//! guards; without hints (code not quickened yet) the form is unchanged.

use std::collections::HashMap;

use crate::bytecode::Opcode;
use crate::tier0::profile::{ArithHint, AttrHint, Hints, MethodHint, SubscrHint, ValueHint};

use super::ir::{Func, Inst, Intrinsic, Op, StateId, Terminator, Value};
use super::types::Type;

/// The types quickening saw for the operands of `op` at `offset` (`ANY`: no guard), or `None`.
fn expected(op: Opcode, offset: u32, hints: &Hints) -> Option<Vec<Type>> {
    match op {
        Opcode::BinaryOp | Opcode::CompareOp => match hints.arith(offset) {
            ArithHint::Int => Some(vec![Type::INT; 2]),
            ArithHint::Float => Some(vec![Type::FLOAT; 2]),
            ArithHint::Str => Some(vec![Type::STR; 2]),
            ArithHint::Unknown => None,
        },
        Opcode::BinarySubscr => match hints.subscr(offset) {
            SubscrHint::List => Some(vec![Type::LIST, Type::INT]),
            SubscrHint::Tuple => Some(vec![Type::TUPLE, Type::INT]),
            SubscrHint::Dict => Some(vec![Type::DICT, Type::ANY]),
            SubscrHint::Unknown | SubscrHint::Other => None,
        },
        // value, container, index (STORE_SUBSCR_LIST_INT, STORE_SUBSCR_DICT).
        Opcode::StoreSubscr => match hints.subscr(offset) {
            SubscrHint::List => Some(vec![Type::ANY, Type::LIST, Type::INT]),
            SubscrHint::Dict => Some(vec![Type::ANY, Type::DICT, Type::ANY]),
            _ => None,
        },
        // UNPACK_SEQUENCE_LIST, _TUPLE, _TWO_TUPLE: either of the two, whichever quickening
        // saw last. A site fed both (pyperformance's unpack_sequence unpacks a tuple, then a
        // list, with the same code) flips between the two forms, and a guard on the one seen
        // at compile time deopted every call of the other.
        Opcode::UnpackSequence => match hints.subscr(offset) {
            SubscrHint::List | SubscrHint::Tuple => Some(vec![Type::LIST_OR_TUPLE]),
            _ => None,
        },
        _ => None,
    }
}

/// The type a value sampled as `h` is guarded to, for the kinds guarded by type (not a range,
/// a plain object, or a list of arrays, whose items are).
pub(super) fn hinted_type(h: ValueHint) -> Option<Type> {
    Some(match h {
        ValueHint::ArrayF64 => Type::ARRAY_F64,
        ValueHint::ArrayI32 => Type::ARRAY_I32,
        ValueHint::ArrayI64 => Type::ARRAY_I64,
        ValueHint::Int => Type::INT,
        ValueHint::Float => Type::FLOAT,
        ValueHint::Range
        | ValueHint::Object
        | ValueHint::ListOfArrayF64
        | ValueHint::ListOfArrayI32
        | ValueHint::ListOfArrayI64 => return None,
    })
}

/// The types a parameter's value, or the value of an attribute of a parameter, must have at `op`
/// from what it held when the code got hot (`ValueHint`), where quickening recorded nothing:
/// `data[i]` and `data[i] = x` of an `array.array` (3.11 does not specialise them), and the
/// numbers of arithmetic and comparisons, and the argument of a call of a builtin typed code
/// computes itself (`builtins`: the values of globals named as an `Intrinsic` is). `sampled`
/// maps those values to their hints.
fn from_samples(
    op: Opcode,
    inputs: &[Value],
    sampled: &HashMap<Value, ValueHint>,
    builtins: &std::collections::HashSet<Value>,
) -> Option<Vec<Type>> {
    let kind = |v: Value| hinted_type(*sampled.get(&v)?);
    let array = |v: Value| kind(v).filter(|t| super::types::array_item(*t).is_some());
    let number = |v: Value| {
        kind(v)
            .filter(|&t| t == Type::INT || t == Type::FLOAT)
            .unwrap_or(Type::ANY)
    };
    match op {
        Opcode::BinarySubscr => Some(vec![array(inputs[0])?, Type::INT]),
        // The value too, where it is a parameter sampled as a number (`self.data[i] = val`).
        Opcode::StoreSubscr => Some(vec![number(inputs[0]), array(inputs[1])?, Type::INT]),
        // Arithmetic and comparisons quickening left unspecialised: the parameters among the
        // operands, guarded to what they were.
        Opcode::BinaryOp | Opcode::CompareOp => {
            let want: Vec<Type> = inputs.iter().map(|&v| number(v)).collect();
            want.iter().any(|&t| t != Type::ANY).then_some(want)
        }
        Opcode::Call if inputs.len() == 3 && builtins.contains(&inputs[1]) => {
            let x = number(inputs[2]);
            (x != Type::ANY).then(|| vec![Type::ANY, Type::ANY, x])
        }
        // `min(a, b)`, `max(a, b)`.
        Opcode::Call if inputs.len() == 4 && builtins.contains(&inputs[1]) => {
            let (a, b) = (number(inputs[2]), number(inputs[3]));
            (a != Type::ANY || b != Type::ANY).then(|| vec![Type::ANY, Type::ANY, a, b])
        }
        _ => None,
    }
}

/// The types to guard for a bitwise operator (`& | ^ << >>`, in place or not), which 3.11 never
/// specialises, where neither quickening nor a sample says anything: ints nearly always, so an
/// operand of unknown type is guarded to be an int where the other is one (a mask, a shift
/// count), or for `^ << >>` where both are unknown (`&` and `|` of two unknowns are as often
/// sets or flags). A guard that keeps failing demotes the code, as any guard does.
fn speculated(op: Opcode, arg: u32, known: &[Type]) -> Option<Vec<Type>> {
    if op != Opcode::BinaryOp || known.len() != 2 {
        return None;
    }
    let (maybe_int, unknown) = (
        |t: Type| t == Type::INT || t == Type::ANY,
        |t| t == Type::ANY,
    );
    let both_unknown = unknown(known[0]) && unknown(known[1]);
    let speculate = match arg % 13 {
        // `&`, `|`: with an int on one side.
        1 | 7 => !both_unknown,
        // `<<`, `>>`, `^`.
        3 | 9 | 12 => true,
        _ => false,
    };
    (speculate && known.iter().all(|&t| maybe_int(t)) && known.iter().any(|&t| unknown(t)))
        .then(|| vec![Type::INT; 2])
}

/// The `math` functions `Intrinsic::Math` stands for, by index: `runtime::calls::MATH`'s list,
/// in its order (`rjit_math_funcs` holds the function objects in it).
pub const MATH_NAMES: [&str; 7] = ["sqrt", "sin", "cos", "tan", "atan", "exp", "fabs"];

/// Mark the CALL sites typed code computes itself (`Intrinsic`): a call without keywords of a
/// global named `abs`, `len`, `float` or one of `MATH_NAMES` (`[NULL, global]` below the arguments), or
/// of a module's attribute named as one of `MATH_NAMES` (`[NULL, attribute]` from a quiet
/// LOAD_METHOD, or LOAD_ATTR of `NULL + module`), with one argument of a type it takes: a float for `abs` (or an object whose
/// result a guard wants to be a float), an exact list, tuple, dict or array for `len`, an int or a float for
/// `float`, an int or a float (or an object that may be one) for the `math` functions, an int
/// for `abs` (`AbsInt`); and a call of a global named `min` or `max` with two arguments that
/// are numbers (`types::min_max_kinds`). `MinMax` and `AbsInt` keep the chosen argument's object
/// unless no object of theirs can be seen anywhere else (`identity_free`). True if it marked
/// any new one.
fn intrinsics(f: &mut Func, names: &[String]) -> bool {
    let ty = |f: &Func, v: Value| f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    // The callables a name is known for: a global's value, or a module's attribute (with the
    // NULL LOAD_METHOD leaves below it, which typed code checks to be NULL).
    let mut global_of: HashMap<Value, &str> = HashMap::new();
    let mut module_attr: HashMap<Value, (Option<Value>, &str)> = HashMap::new();
    for i in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Op::Generic {
            op: Opcode::LoadGlobal,
            arg,
            ..
        } = i.op
            && let (Some(&r), Some(n)) = (i.results.first(), names.get((arg >> 1) as usize))
        {
            global_of.insert(r, n.as_str());
        }
    }
    for i in f.blocks.iter().flat_map(|b| &b.insts) {
        match &i.op {
            // An attribute of the global `math` (another module's `sqrt`, numpy's, would
            // make every call deopt).
            Op::Generic {
                op: Opcode::LoadMethod | Opcode::LoadAttr,
                arg,
                offset,
                inputs,
                ..
            } if f.quiet.contains(offset)
                && inputs.first().and_then(|m| global_of.get(m)) == Some(&"math") =>
            {
                match (i.results.as_slice(), names.get(*arg as usize)) {
                    // LOAD_METHOD: `[NULL, attribute]`.
                    ([r0, r1], Some(n)) => {
                        module_attr.insert(*r1, (Some(*r0), n.as_str()));
                    }
                    // LOAD_ATTR of a global module (`NULL + math`): the NULL is LOAD_GLOBAL's.
                    ([r], Some(n)) => {
                        module_attr.insert(*r, (None, n.as_str()));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    // Not `str`: a legacy string's length is read after `PyUnicode_READY`.
    let sized = Type(
        Type::LIST.0
            | Type::TUPLE.0
            | Type::DICT.0
            | Type::ARRAY_F64.0
            | Type::ARRAY_I32.0
            | Type::ARRAY_I64.0,
    );
    // Values a guard wants to be floats: a call whose result is one had a float argument when
    // its builtin is `abs` (which keeps an argument's kind: an int gives an int).
    let floats_wanted: std::collections::HashSet<Value> = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|i| match i.op {
            Op::Guard { v, ty } if ty == Type::FLOAT => Some(v),
            _ => None,
        })
        .collect();
    let num = Type::INT.union(Type::FLOAT);
    let mut found = Vec::new();
    // `lst.append` of an exact list: the descriptor LOAD_METHOD leaves, with its offset.
    let mut appends: HashMap<(Value, Value), u32> = HashMap::new();
    for i in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Op::Generic {
            op: Opcode::LoadMethod,
            arg,
            offset,
            inputs,
            ..
        } = &i.op
            && let ([r0, r1], Some(owner)) = (i.results.as_slice(), inputs.first())
            && names.get(*arg as usize).is_some_and(|n| n == "append")
            && ty(f, *owner) == Type::LIST
        {
            appends.insert((*r0, *r1), *offset);
        }
    }
    for i in f.blocks.iter().flat_map(|b| &b.insts) {
        let Op::Generic {
            op: Opcode::Call,
            arg: 1 | 2,
            offset,
            inputs,
            kw: None,
        } = &i.op
        else {
            continue;
        };
        if f.natives.contains_key(offset) {
            continue;
        }
        if let [null, callable, a, b] = inputs.as_slice() {
            // `min(a, b)`, `max(a, b)` of numbers.
            let max = match global_of.get(callable) {
                Some(&"min") => false,
                Some(&"max") => true,
                _ => continue,
            };
            if ty(f, *null) != Type::NULL
                || super::types::min_max_kinds(ty(f, *a), ty(f, *b)).is_none()
            {
                continue;
            }
            let keep = !(identity_free(f, *a) && identity_free(f, *b) && ty(f, *a) == ty(f, *b));
            found.push((*offset, Intrinsic::MinMax { max, keep }));
            continue;
        }
        let [null, callable, x] = inputs.as_slice() else {
            continue;
        };
        if let Some(&method) = appends.get(&(*null, *callable)) {
            // An unboxed number gets a box to append; that must be its one object
            // (`out.append(t)` then `out[-1] is t`): where nothing else can box it again, or
            // where a local's slot keeps the box.
            // (A local's value is given its object where its slot keeps it: `object_of`.)
            if ty(f, *x).intersect(num) != Type::EMPTY
                && !has_own_object(f, *x)
                && !private_temporary(f, *x)
                && !f.states.iter().any(|s| s.locals.contains(x))
            {
                continue;
            }
            found.push((method, Intrinsic::ListAppend));
            found.push((*offset, Intrinsic::ListAppend));
            continue;
        }
        let (name, from_module) = match (global_of.get(callable), module_attr.get(callable)) {
            (Some(&n), _) if ty(f, *null) == Type::NULL => (n, false),
            (_, Some(&(Some(r0), n))) if r0 == *null => (n, true),
            (_, Some(&(None, n))) if ty(f, *null) == Type::NULL => (n, true),
            _ => continue,
        };
        let x = *x;
        let t = ty(f, x);
        // An argument of another type than the one taken (an object of any class) is checked
        // at run time: anything else deopts to the CALL.
        let result_float = i.results.first().is_some_and(|r| floats_wanted.contains(r));
        let maybe_float = t.intersect(Type::FLOAT) != Type::EMPTY;
        let which = match name {
            "abs" if from_module => continue,
            "abs" if t == Type::FLOAT || (result_float && maybe_float) => Intrinsic::AbsFloat,
            "abs" if t == Type::INT => Intrinsic::AbsInt {
                keep: !identity_free(f, x),
            },
            "len" if !from_module && t != Type::EMPTY && t.within(sized) => Intrinsic::Len,
            "float" if !from_module && (t == Type::FLOAT || t == Type::INT) => Intrinsic::Float,
            n if MATH_NAMES.contains(&n) && t.intersect(num) != Type::EMPTY => {
                Intrinsic::Math(MATH_NAMES.iter().position(|m| *m == n).unwrap_or(0) as u8)
            }
            _ => continue,
        };
        found.push((*offset, which));
    }
    let new = !found.is_empty();
    f.natives.extend(found);
    new
}

/// Whether no object `v` could stand for is seen anywhere but where a native call consumes it:
/// a small int constant (CPython's small ints are one object each, which a box of the same
/// number is too), or a number computed unboxed that nothing but that call reads. A builtin
/// that returns its argument's object (`MinMax`, `AbsInt`) may then return a new box of it.
fn identity_free(f: &Func, v: Value) -> bool {
    let def = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .find(|i| i.results.contains(&v));
    if let Some(Op::Const(super::ir::Const::Int(n))) = def.map(|i| &i.op) {
        return (-5..=256).contains(n);
    }
    !has_own_object(f, v) && private_temporary(f, v)
}

/// Whether `v` stands for an object it already has: a parameter, a constant (`co_consts`'), what
/// a generic instruction made (an object), or a guard's view of one of those; not a number an
/// instruction computed unboxed.
fn has_own_object(f: &Func, v: Value) -> bool {
    let ty = |v: Value| f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    let def = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .find(|i| i.results.contains(&v));
    match def.map(|i| &i.op) {
        Some(Op::Param(_) | Op::Const(_)) => true,
        Some(Op::Guard { v: u, .. }) => has_own_object(f, *u),
        Some(Op::Generic {
            op,
            arg,
            inputs,
            offset,
            ..
        }) => {
            let ins: Vec<Type> = inputs.iter().map(|&u| ty(u)).collect();
            // A native call that keeps an argument's object has that object.
            let native = f.natives.get(offset);
            native.is_some_and(|n| n.keeps_an_argument())
                || !(super::repr::numeric_op(*op, *arg, &ins)
                    || super::repr::array_load(*op, &ins)
                    || native.is_some())
        }
        // Block parameters and loop items: unboxed when their types allow.
        _ => false,
    }
}

/// Whether `v` is a temporary that one instruction consumes and nothing else sees: the input
/// of exactly one instruction, of no terminator or edge, and in no frame state's locals. Such a
/// value can be given an object where it is consumed without any other place making another.
fn private_temporary(f: &Func, v: Value) -> bool {
    let mut inputs = 0;
    for b in &f.blocks {
        for i in &b.insts {
            inputs += match &i.op {
                Op::Generic { inputs, .. } => inputs.iter().filter(|&&u| u == v).count(),
                Op::Guard { v: u, .. }
                | Op::CheckBound { v: u, .. }
                | Op::Callee { v: u, .. }
                | Op::CalleeAttr { v: u, .. }
                | Op::Is { v: u, .. } => usize::from(*u == v),
                Op::Param(_) | Op::Const(_) | Op::CalleeGlobal { .. } => 0,
            };
        }
        let term_uses = match &b.term {
            Terminator::Branch { v: u, .. } | Terminator::Return(u) => *u == v,
            Terminator::ForIter { iter, .. } => *iter == v,
            Terminator::Raise { inputs, .. } => inputs.contains(&v),
            Terminator::Jump(_) | Terminator::Deopt(_) => false,
        };
        if term_uses || b.term.edges().iter().any(|e| e.args.contains(&v)) {
            return false;
        }
    }
    inputs == 1 && !f.states.iter().any(|s| s.locals.contains(&v))
}

/// The iterators of `for ... in range(...)` loops: FOR_ITER over GET_ITER of a call of the
/// global named `range`, or of another global that held the builtin `range` when the code got
/// hot (`ValueHint::Range`: `xrange = range`). By name and sample only: the guard checks the
/// iterator itself.
fn range_loops(f: &Func, names: &[String], hints: &Hints) -> Vec<Value> {
    let mut def: HashMap<Value, &Op> = HashMap::new();
    for b in &f.blocks {
        for i in &b.insts {
            for &r in &i.results {
                def.insert(r, &i.op);
            }
        }
    }
    let generic = |v: Value, want: Opcode| match def.get(&v) {
        Some(Op::Generic {
            op,
            arg,
            inputs,
            offset,
            ..
        }) if *op == want => Some((*arg, inputs.as_slice(), *offset)),
        _ => None,
    };
    f.blocks
        .iter()
        .filter_map(|b| match b.term {
            Terminator::ForIter { iter, .. } => Some(iter),
            _ => None,
        })
        .filter(|&iter| {
            let Some((_, [seq], _)) = generic(iter, Opcode::GetIter) else {
                return false;
            };
            let Some((_, call, _)) = generic(*seq, Opcode::Call) else {
                return false;
            };
            let Some(&callable) = call.get(1) else {
                return false;
            };
            generic(callable, Opcode::LoadGlobal).is_some_and(|(arg, _, offset)| {
                names.get((arg >> 1) as usize).is_some_and(|n| n == "range")
                    || hints.value(offset) == Some(ValueHint::Range)
            })
        })
        .collect()
}

/// The values that are what a parameter held when the frame started: each unassigned
/// parameter's value, and what LOAD_DEREF reads from the cell MAKE_CELL made of one, where no
/// STORE_DEREF or DELETE_DEREF of this code writes a cell (a closure's `nonlocal` still could:
/// these values only choose guards).
fn unassigned_params(f: &Func) -> std::collections::HashSet<Value> {
    let insts = || f.blocks.iter().flat_map(|b| &b.insts);
    let mut out: std::collections::HashSet<Value> = insts()
        .filter(|i| matches!(i.op, Op::Param(_)))
        .map(|i| i.results[0])
        .collect();
    let writes_cells = insts().any(|i| {
        matches!(
            i.op,
            Op::Generic {
                op: Opcode::StoreDeref | Opcode::DeleteDeref,
                ..
            }
        )
    });
    if writes_cells {
        return out;
    }
    // The results of the `want` instructions whose first input is in `of`.
    let made_from = |want: Opcode, of: &std::collections::HashSet<Value>| -> Vec<Value> {
        insts()
            .filter_map(|i| match &i.op {
                Op::Generic { op, inputs, .. }
                    if *op == want && inputs.first().is_some_and(|v| of.contains(v)) =>
                {
                    i.results.first().copied()
                }
                _ => None,
            })
            .collect()
    };
    let cells = made_from(Opcode::MakeCell, &out).into_iter().collect();
    let reads = made_from(Opcode::LoadDeref, &cells);
    out.extend(reads);
    out
}

/// True for BINARY_OP's `+ - * /` (in place or not), which with a float on one side and an int
/// on the other compute what they compute on two floats, the int converted to the nearest double
/// (`float_add` and friends convert with `PyLong_AsDouble`).
fn mixes_with_ints(op: Opcode, arg: u32) -> bool {
    op == Opcode::BinaryOp && matches!(arg % 13, 0 | 5 | 10 | 11)
}

/// The block parameters an exact int may reach, from an edge or through other such parameters
/// (to a fixpoint): a loop's accumulator that starts as `0` and then holds floats, at the
/// header of its loop and of the loops inside it.
fn int_params(f: &Func) -> std::collections::HashSet<Value> {
    let ty = |v: Value| f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    let mut out = std::collections::HashSet::new();
    loop {
        let before = out.len();
        for b in &f.blocks {
            for e in b.term.edges() {
                let params = &f.blocks[e.to.0 as usize].params;
                for (&p, &a) in params.iter().zip(&e.args) {
                    if ty(a) == Type::INT || out.contains(&a) {
                        out.insert(p);
                    }
                }
            }
        }
        if out.len() == before {
            return out;
        }
    }
}

/// Insert the guards the hints and patterns call for; types are propagated again afterwards.
pub fn specialise(f: &mut Func, hints: &Hints, names: &[String]) {
    let ranges = range_loops(f, names, hints);
    let globals: std::collections::HashSet<Value> = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter(|i| {
            matches!(
                i.op,
                Op::Generic {
                    op: Opcode::LoadGlobal,
                    ..
                }
            )
        })
        .flat_map(|i| i.results.first().copied())
        .collect();
    let params = unassigned_params(f);
    for i in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Op::Generic {
            op, offset, inputs, ..
        } = &i.op
        {
            let (op, offset) = (*op, *offset);
            let module_method =
                op == Opcode::LoadMethod && hints.method(offset) == MethodHint::Module;
            // An attribute quickening found in a module, or in the instance itself (its values,
            // its dict, a slot): the inline paths' hits run no code. Without quickening (a
            // first-call compile), an attribute of a global is taken for a module's.
            // An attribute of a parameter sampled as a plain value (a class attribute: the
            // site's entries answer it without running code, `rjit_load_attr_peek`).
            let attr = op == Opcode::LoadAttr
                && match hints.attr(offset) {
                    AttrHint::Module | AttrHint::Instance | AttrHint::Slot => true,
                    AttrHint::Unknown | AttrHint::Other
                        if inputs.first().is_some_and(|v| params.contains(v))
                            && hints.value(offset).is_some() =>
                    {
                        true
                    }
                    AttrHint::Unknown => inputs.first().is_some_and(|v| globals.contains(v)),
                    AttrHint::Other => false,
                };
            // Every STORE_ATTR: its inline paths replace an instance's own attribute.
            // Every LOAD_DEREF: a cell's contents; only an empty cell runs the instruction.
            if op == Opcode::LoadGlobal
                || op == Opcode::StoreAttr
                || op == Opcode::LoadDeref
                || module_method
                || attr
            {
                f.quiet.insert(offset);
            }
        }
    }
    // What parameters held when the code got hot, and the attributes of them its LOAD_ATTRs
    // read (while the parameter is unassigned, so the load's owner is the object sampled).
    let mut sampled: HashMap<Value, ValueHint> = HashMap::new();
    for i in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Op::Param(k) = i.op
            && let Some(h) = hints.arg(k)
        {
            sampled.insert(i.results[0], h);
        }
    }
    for i in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Op::Generic {
            op: Opcode::LoadAttr,
            offset,
            inputs,
            ..
        } = &i.op
            && inputs.first().is_some_and(|o| params.contains(o))
            && let (Some(&r), Some(h)) = (i.results.first(), hints.value(*offset))
        {
            sampled.insert(r, h);
        }
    }
    // The globals a CALL of one argument may be computed natively for (`intrinsics`).
    let builtins: std::collections::HashSet<Value> = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter(|i| match &i.op {
            Op::Generic {
                op: Opcode::LoadGlobal,
                arg,
                ..
            } => names.get((arg >> 1) as usize).is_some_and(|n| {
                matches!(n.as_str(), "abs" | "float" | "min" | "max")
                    || MATH_NAMES.contains(&n.as_str())
            }),
            _ => false,
        })
        .flat_map(|i| i.results.first().copied())
        .collect();
    // Block parameters some edge passes an int (`s = 0` before `s += x` in a loop).
    let int_params = int_params(f);
    let mut next = f.types.len() as u32;
    let mut any = false;
    // The type each guard inserted here checks (its value has no type until propagation).
    let mut guard_types: HashMap<Value, Type> = HashMap::new();
    for b in &mut f.blocks {
        // Within this block, from the guard on: the guarded value instead of the original.
        let mut guarded: HashMap<Value, Value> = HashMap::new();
        let insts = std::mem::take(&mut b.insts);
        for mut inst in insts {
            let sub = |v: &mut Value, g: &HashMap<Value, Value>| {
                if let Some(&w) = g.get(v) {
                    *v = w;
                }
            };
            match &mut inst.op {
                Op::Generic {
                    op,
                    arg,
                    offset,
                    inputs,
                    ..
                } => {
                    inputs.iter_mut().for_each(|v| sub(v, &guarded));
                    let known: Vec<Type> = inputs
                        .iter()
                        .map(|v| match guard_types.get(v) {
                            Some(&t) => t,
                            None => f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY),
                        })
                        .collect();
                    let want = expected(*op, *offset, hints)
                        .or_else(|| from_samples(*op, inputs, &sampled, &builtins))
                        .or_else(|| speculated(*op, *arg, &known));
                    if let Some(want) = want {
                        let mixed = mixes_with_ints(*op, *arg);
                        for (v, ty) in inputs.iter_mut().zip(want) {
                            let known = f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
                            // A float accumulator that starts as an int: guarded to be either,
                            // which `Float` arithmetic takes (the int converted as CPython
                            // converts it); a `Float` guard would fail on its first iteration.
                            let ty = if ty == Type::FLOAT && mixed && int_params.contains(v) {
                                Type::INT.union(Type::FLOAT)
                            } else {
                                ty
                            };
                            if ty == Type::ANY || known.within(ty) {
                                continue;
                            }
                            let g = Value(next);
                            next += 1;
                            // Its own copy of the instruction's state: uses after the guard may
                            // come to read `g` (`dom::reuse_guards`), the guard's own exit not.
                            let state = inst.state.map(|st| {
                                f.states.push(f.states[st.0 as usize].clone());
                                StateId(f.states.len() as u32 - 1)
                            });
                            b.insts.push(Inst {
                                results: vec![g],
                                op: Op::Guard { v: *v, ty },
                                state,
                            });
                            guarded.insert(*v, g);
                            guard_types.insert(g, ty);
                            // Later uses read `g`: it stands for the same sample.
                            if let Some(&h) = sampled.get(v) {
                                sampled.insert(g, h);
                            }
                            *v = g;
                            any = true;
                        }
                    }
                }
                Op::CheckBound { v, .. }
                | Op::Guard { v, .. }
                | Op::Callee { v, .. }
                | Op::CalleeAttr { v, .. }
                | Op::Is { v, .. } => sub(v, &guarded),
                Op::Param(_) | Op::Const(_) | Op::CalleeGlobal { .. } => {}
            }
            // An item of a list sampled as a list of arrays stands for such an array
            // (`self.data[i][j]`): a subscript of it is guarded to be one.
            if let Op::Generic {
                op: Opcode::BinarySubscr,
                inputs,
                ..
            } = &inst.op
                && let Some(item) = sampled.get(&inputs[0]).and_then(|h| h.item())
                && let Some(&r) = inst.results.first()
            {
                sampled.insert(r, item);
            }
            b.insts.push(inst);
        }
        match &mut b.term {
            Terminator::Branch { v, .. } | Terminator::Return(v) => {
                if let Some(&w) = guarded.get(v) {
                    *v = w;
                }
            }
            Terminator::ForIter { iter, state, .. } => {
                if let Some(&w) = guarded.get(iter) {
                    *iter = w;
                }
                if ranges.contains(iter) {
                    // Deopts to the FOR_ITER itself, the iterator on the stack.
                    let g = Value(next);
                    next += 1;
                    f.states.push(f.states[state.0 as usize].clone());
                    b.insts.push(Inst {
                        results: vec![g],
                        op: Op::Guard {
                            v: *iter,
                            ty: Type::RANGE_ITER,
                        },
                        state: Some(StateId(f.states.len() as u32 - 1)),
                    });
                    *iter = g;
                    any = true;
                }
            }
            Terminator::Raise { inputs, .. } => {
                for v in inputs {
                    if let Some(&w) = guarded.get(v) {
                        *v = w;
                    }
                }
            }
            Terminator::Jump(_) | Terminator::Deopt(_) => {}
        }
        for e in b.term.edges_mut() {
            for a in &mut e.args {
                if let Some(&w) = guarded.get(a) {
                    *a = w;
                }
            }
        }
    }
    if any {
        super::dom::reuse_guards(f);
        super::types::propagate(f);
    }
    // A native CALL makes a number where the CALL made anything, which may let further
    // calls' arguments become numbers: to a fixpoint (a decision needs exact types, which
    // only get more exact).
    let mut natives = false;
    while intrinsics(f, names) {
        natives = true;
        super::types::propagate(f);
    }
    if !any && !natives {
        return;
    }
    drop_proven_guards(f);
}

/// The CALL sites `intrinsics` takes once callees are computed in place, whose results may
/// have made numbers of what were objects (`abs(A[j][j])` of a row a `__getitem__` returns).
pub fn intrinsics_after_inlining(f: &mut Func, names: &[String]) {
    let mut any = false;
    while intrinsics(f, names) {
        any = true;
        super::types::propagate(f);
    }
    if any {
        drop_proven_guards(f);
    }
}

/// A guard inserted before the types were known may check what propagation now proves (a
/// loop-carried float guarded at its use, an inlined callee's parameter): it goes, and its
/// input replaces it. Types stay as they are: the guard's result had its input's type.
pub fn drop_proven_guards(f: &mut Func) {
    let mut subst = HashMap::new();
    for b in &mut f.blocks {
        b.insts.retain(|i| match i.op {
            Op::Guard { v, ty } if f.types[v.0 as usize].within(ty) => {
                subst.insert(i.results[0], v);
                false
            }
            _ => true,
        });
    }
    super::build::rewrite(f, &subst);
}
