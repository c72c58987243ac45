//! Stack effects (a port of CPython 3.11 `compile.c: stack_effect`) and the depth of the value
//! stack before every reachable instruction.
//!
//! Invariant: depths agree on every edge (fall-through, jump, exception handler) or analysis
//! fails; lowering relies on one static depth per instruction. Checked against
//! `dis.stack_effect` by the data-driven test over `testdata/stack_effects.txt`.

use super::decode::Instr;
use super::exception_table::ExceptionEntry;
use super::opcodes::Opcode;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StackError {
    Decode(String),
    Inconsistent { offset: u32, a: u32, b: u32 },
    Underflow { offset: u32 },
    BadTarget { offset: u32 },
}

impl std::fmt::Display for StackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StackError::Decode(m) => write!(f, "malformed bytecode: {m}"),
            StackError::Inconsistent { offset, a, b } => {
                write!(f, "stack depth {a} vs {b} at {offset}")
            }
            StackError::Underflow { offset } => write!(f, "stack underflow at {offset}"),
            StackError::BadTarget { offset } => {
                write!(f, "jump to a non-instruction from {offset}")
            }
        }
    }
}

/// Net stack effect of `op` with `arg`, on the jump edge (`jump`) or the fall-through edge.
pub fn stack_effect(op: Opcode, arg: u32, jump: bool) -> i32 {
    use Opcode::*;
    let a = arg as i32;
    match op {
        Cache | Nop | ExtendedArg | Resume | UnaryPositive | UnaryNegative | UnaryNot
        | UnaryInvert => 0,
        PopTop => -1,
        PushNull => 1,
        Swap => 0,
        Copy => 1,
        BinaryOp | BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        GetIter | GetYieldFromIter | GetAwaitable | GetAiter => 0,
        PrintExpr => -1,
        LoadBuildClass => 1,
        ReturnValue => -1,
        ImportStar => -1,
        SetupAnnotations => 0,
        AsyncGenWrap | YieldValue => 0,
        PopExcept => -1,
        StoreName => -1,
        DeleteName => 0,
        UnpackSequence => a - 1,
        UnpackEx => (a & 0xff) + (a >> 8),
        ForIter => {
            if jump {
                -1
            } else {
                1
            }
        }
        Send => {
            if jump {
                -1
            } else {
                0
            }
        }
        StoreAttr => -2,
        DeleteAttr => -1,
        StoreGlobal => -1,
        DeleteGlobal => 0,
        LoadConst | LoadName => 1,
        BuildTuple | BuildList | BuildSet | BuildString => 1 - a,
        BuildMap => 1 - 2 * a,
        BuildConstKeyMap => -a,
        LoadAttr => 0,
        CompareOp | IsOp | ContainsOp => -1,
        CheckExcMatch | CheckEgMatch => 0,
        ImportName => -1,
        ImportFrom => 1,
        JumpForward | JumpBackward | JumpBackwardNoInterrupt => 0,
        JumpIfTrueOrPop | JumpIfFalseOrPop => {
            if jump {
                0
            } else {
                -1
            }
        }
        PopJumpForwardIfFalse
        | PopJumpForwardIfTrue
        | PopJumpForwardIfNone
        | PopJumpForwardIfNotNone
        | PopJumpBackwardIfFalse
        | PopJumpBackwardIfTrue
        | PopJumpBackwardIfNone
        | PopJumpBackwardIfNotNone => -1,
        LoadGlobal => (a & 1) + 1,
        Reraise => -1,
        PushExcInfo => 1,
        WithExceptStart => 1,
        LoadFast => 1,
        StoreFast => -1,
        DeleteFast => 0,
        ReturnGenerator => 0,
        RaiseVarargs => -a,
        KwNames => 0,
        // 3.11 books the arguments on PRECALL and the callable on CALL.
        Precall => -a,
        Call => -1,
        CallFunctionEx => -2 - (a & 1),
        MakeFunction => -((a & 1) + (a >> 1 & 1) + (a >> 2 & 1) + (a >> 3 & 1)),
        BuildSlice => {
            if a == 3 {
                -2
            } else {
                -1
            }
        }
        MakeCell | CopyFreeVars | DeleteDeref => 0,
        LoadClosure | LoadDeref | LoadClassderef => 1,
        StoreDeref => -1,
        BeforeAsyncWith | BeforeWith => 1,
        GetAnext => 1,
        EndAsyncFor => -2,
        FormatValue => {
            if a & 0x04 != 0 {
                -1
            } else {
                0
            }
        }
        LoadMethod => 1,
        LoadAssertionError => 1,
        ListToTuple => 0,
        ListAppend | SetAdd => -1,
        MapAdd => -2,
        ListExtend | SetUpdate | DictMerge | DictUpdate => -1,
        MatchClass => -2,
        GetLen | MatchMapping | MatchSequence | MatchKeys => 1,
        PrepReraiseStar => -1,
    }
}

/// The effect on the stack as the interpreter really moves it. Differs from `stack_effect`
/// (compile.c's bookkeeping, used for `co_stacksize`) only for PRECALL/CALL (PRECALL pops
/// nothing, CALL pops the callable pair and the arguments and pushes the result) and
/// RETURN_GENERATOR (the generator's frame resumes with the sent value pushed).
pub fn physical_effect(op: Opcode, arg: u32, jump: bool) -> i32 {
    match op {
        Opcode::Precall => 0,
        Opcode::Call => -(arg as i32) - 1,
        // In the generator's own frame the first `send` pushes its value after this.
        Opcode::ReturnGenerator => 1,
        _ => stack_effect(op, arg, jump),
    }
}

/// True if control never falls through to the next instruction.
fn is_terminator(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        ReturnValue | RaiseVarargs | Reraise | JumpForward | JumpBackward | JumpBackwardNoInterrupt
    )
}

/// Depth before each instruction, by a worklist over fall-through, jump and handler edges.
pub fn analyse_depths(
    instrs: &[Instr],
    handlers: &[ExceptionEntry],
) -> Result<Vec<Option<u32>>, StackError> {
    let index_of = |unit: u32| instrs.binary_search_by_key(&unit, |i| i.start).ok();
    let mut depth: Vec<Option<u32>> = vec![None; instrs.len()];
    let mut work = Vec::new();
    let set = |idx: usize, d: u32, depth: &mut Vec<Option<u32>>, work: &mut Vec<usize>| match depth
        [idx]
    {
        None => {
            depth[idx] = Some(d);
            work.push(idx);
            Ok(())
        }
        Some(old) if old == d => Ok(()),
        Some(old) => Err(StackError::Inconsistent {
            offset: instrs[idx].offset,
            a: old,
            b: d,
        }),
    };
    if !instrs.is_empty() {
        set(0, 0, &mut depth, &mut work)?;
    }
    while let Some(idx) = work.pop() {
        let ins = instrs[idx];
        let d = depth[idx].expect("queued instructions have a depth") as i32;
        for h in handlers
            .iter()
            .filter(|h| h.start <= ins.offset && ins.offset < h.end)
        {
            let t = index_of(h.target).ok_or(StackError::BadTarget { offset: ins.offset })?;
            set(t, h.depth + h.lasti as u32 + 1, &mut depth, &mut work)?;
        }
        if let Some(target) = ins.jump_target() {
            let nd = d + physical_effect(ins.op, ins.arg, true);
            if nd < 0 {
                return Err(StackError::Underflow { offset: ins.offset });
            }
            let t = index_of(target).ok_or(StackError::BadTarget { offset: ins.offset })?;
            set(t, nd as u32, &mut depth, &mut work)?;
        }
        if !is_terminator(ins.op) && idx + 1 < instrs.len() {
            let nd = d + physical_effect(ins.op, ins.arg, false);
            if nd < 0 {
                return Err(StackError::Underflow { offset: ins.offset });
            }
            set(idx + 1, nd as u32, &mut depth, &mut work)?;
        }
    }
    Ok(depth)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::opcodes::{ALL_NAMES, DEOPT};

    fn by_name(name: &str) -> Opcode {
        let b = ALL_NAMES
            .iter()
            .position(|n| *n == name)
            .expect("known opcode");
        Opcode::from_byte(DEOPT[b]).unwrap()
    }

    /// Every row of testdata/stack_effects.txt was produced by `dis.stack_effect` on 3.11.
    #[test]
    fn matches_dis_stack_effect() {
        let data = include_str!("testdata/stack_effects.txt");
        let mut checked = 0;
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split_whitespace().collect();
            let op = by_name(f[0]);
            let arg: u32 = f[1].parse().unwrap();
            let (j, n): (i32, i32) = (f[2].parse().unwrap(), f[3].parse().unwrap());
            assert_eq!(stack_effect(op, arg, true), j, "{line} (jump)");
            assert_eq!(stack_effect(op, arg, false), n, "{line} (no jump)");
            checked += 1;
        }
        assert!(checked > 500, "test data too small: {checked}");
    }

    #[test]
    fn call_depth_is_physical() {
        let u = |op: u8, arg: u8| op as u16 | (arg as u16) << 8;
        // PUSH_NULL; LOAD_FAST 0; LOAD_FAST 1; PRECALL 1 +cache; CALL 1 +4 caches; RETURN_VALUE
        let code = [
            u(2, 0),
            u(124, 0),
            u(124, 1),
            u(166, 1),
            0,
            u(171, 1),
            0,
            0,
            0,
            0,
            u(83, 0),
        ];
        let a = crate::bytecode::analyse(&code, &[]).unwrap();
        let d: Vec<_> = a.depths.iter().map(|d| d.unwrap()).collect();
        assert_eq!(d, [0, 1, 2, 3, 3, 1]);
    }

    #[test]
    fn for_loop_depths() {
        let u = |op: u8, arg: u8| op as u16 | (arg as u16) << 8;
        // RESUME; LOAD_FAST 0; GET_ITER; FOR_ITER +2; STORE_FAST 1; JUMP_BACKWARD 3; LOAD_CONST 0; RETURN_VALUE
        let code = [
            u(151, 0),
            u(124, 0),
            u(68, 0),
            u(93, 2),
            u(125, 1),
            u(140, 3),
            u(100, 0),
            u(83, 0),
        ];
        let a = crate::bytecode::analyse(&code, &[]).unwrap();
        let d: Vec<_> = a.depths.iter().map(|d| d.unwrap()).collect();
        assert_eq!(d, [0, 0, 1, 1, 2, 1, 0, 1]);
    }
}
