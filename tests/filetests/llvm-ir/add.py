# test: llvm-ir
def f(a, b):
    return a + b
# run: f(1, 2)
# run: f("x", "y")
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyLong_Type = external global i8
@rjit_small_ints = external global i8
@_Py_tracemalloc_config = external global i8
@PyFloat_Type = external global i8

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %f0 = alloca double, align 8
  %n0 = alloca i64, align 8
  %k0 = alloca i8, align 1
  %s1 = alloca ptr, align 8
  %f1 = alloca double, align 8
  %n1 = alloca i64, align 8
  %k1 = alloca i8, align 1
  %scratch = alloca ptr, align 8
  %fscratch = alloca double, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f2 = getelementptr i8, ptr %p, i64 184
  %f3 = getelementptr i8, ptr %2, i64 8
  %p4 = load ptr, ptr %f3, align 8
  %f5 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f5, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f5, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %u0.recursion_check, label %u0.link

i0:                                               ; preds = %u0.link
  %f12 = getelementptr i8, ptr %0, i64 16
  %p13 = load ptr, ptr %f12, align 8
  %f14 = getelementptr i8, ptr %p13, i64 100
  %eval_breaker = load volatile i32, ptr %f14, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %u0.eval_breaker, label %u0.cont, !prof !0

i1:                                               ; preds = %u0.cont
  %f18 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f18, align 8
  store ptr %local, ptr %s0, align 8
  br label %i2

i2:                                               ; preds = %i1
  %f19 = getelementptr i8, ptr %1, i64 80
  %local20 = load ptr, ptr %f19, align 8
  store ptr %local20, ptr %s1, align 8
  br label %i3

i3:                                               ; preds = %i2
  %v = load ptr, ptr %s1, align 8
  %v21 = load ptr, ptr %s0, align 8
  %f22 = getelementptr i8, ptr %f2, i64 6
  %f23 = getelementptr i8, ptr %1, i64 56
  store ptr %f22, ptr %f23, align 8
  %f24 = getelementptr i8, ptr %v21, i64 8
  %p25 = load ptr, ptr %f24, align 8
  %f26 = getelementptr i8, ptr %v, i64 8
  %p27 = load ptr, ptr %f26, align 8
  %a = ptrtoint ptr %p25 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a28 = ptrtoint ptr %p27 to i64
  %eq29 = icmp eq i64 %a28, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq29
  br i1 %both, label %u3.int_test, label %u3.float_check

i5:                                               ; preds = %u3.ok
  %v128 = load ptr, ptr %s0, align 8
  %f129 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f129, align 4
  %f130 = getelementptr i8, ptr %f2, i64 10
  %f131 = getelementptr i8, ptr %1, i64 56
  store ptr %f130, ptr %f131, align 8
  %f132 = getelementptr i8, ptr %0, i64 56
  %p133 = load ptr, ptr %f132, align 8
  %f134 = getelementptr i8, ptr %1, i64 48
  %p135 = load ptr, ptr %f134, align 8
  %f136 = getelementptr i8, ptr %p133, i64 8
  store ptr %p135, ptr %f136, align 8
  %f137 = getelementptr i8, ptr %0, i64 32
  %rem138 = load i32, ptr %f137, align 4
  %rem1139 = add i32 %rem138, 1
  store i32 %rem1139, ptr %f137, align 4
  ret ptr %v128

u0.recursion_check:                               ; preds = %entry
  %c = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c, 0
  br i1 %too_deep, label %u0.recursion_error, label %u0.link

u0.link:                                          ; preds = %u0.recursion_check, %entry
  %f6 = getelementptr i8, ptr %0, i64 56
  %p7 = load ptr, ptr %f6, align 8
  %f8 = getelementptr i8, ptr %p7, i64 8
  %p9 = load ptr, ptr %f8, align 8
  %f10 = getelementptr i8, ptr %1, i64 48
  store ptr %p9, ptr %f10, align 8
  %f11 = getelementptr i8, ptr %p7, i64 8
  store ptr %1, ptr %f11, align 8
  br label %i0

u0.recursion_error:                               ; preds = %u0.recursion_check
  ret ptr null

u0.eval_breaker:                                  ; preds = %i0
  %c15 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c15, label %u0.deopt [
    i32 0, label %u0.cont
    i32 -1, label %u0.error
  ]

u0.cont:                                          ; preds = %u0.eval_breaker, %i0
  br label %i1

u0.deopt:                                         ; preds = %u0.eval_breaker
  %c16 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c16

u0.error:                                         ; preds = %u0.eval_breaker
  %c17 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c17

u3.num_done:                                      ; preds = %u3.operator_done, %u3.fbox_done118, %u3.fbox_done, %u3.ibox_done
  %res = phi ptr [ %int_box, %u3.ibox_done ], [ %fbox, %u3.fbox_done ], [ %fbox120, %u3.fbox_done118 ], [ %number, %u3.operator_done ]
  %isnull = icmp eq ptr %res, null
  br i1 %isnull, label %u3.error, label %u3.ok, !prof !0

u3.num_slow:                                      ; preds = %u3.mixed, %u3.mixed_check, %u3.int_test
  %f121 = getelementptr i8, ptr %v21, i64 8
  %p122 = load ptr, ptr %f121, align 8
  %f123 = getelementptr i8, ptr %p122, i64 168
  %i124 = load i64, ptr %f123, align 4
  %heap = and i64 %i124, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u3.operator_dunder, label %u3.operator_c

u3.float_result:                                  ; preds = %u3.mixed_fast
  %fres = phi double [ %fadd117, %u3.mixed_fast ]
  %c119 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u3.fbox_done118

u3.int_test:                                      ; preds = %i3
  %f30 = getelementptr i8, ptr %v21, i64 16
  %size = load i64, ptr %f30, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f31 = getelementptr i8, ptr %v21, i64 24
  %digit0 = load i32, ptr %f31, align 4
  %digit032 = zext i32 %digit0 to i64
  %f33 = getelementptr i8, ptr %v21, i64 28
  %digit1 = load i32, ptr %f33, align 4
  %digit134 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit134, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit032, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f35 = getelementptr i8, ptr %v, i64 16
  %size36 = load i64, ptr %f35, align 4
  %size237 = add i64 %size36, 2
  %compact38 = icmp ule i64 %size237, 4
  %f39 = getelementptr i8, ptr %v, i64 24
  %digit040 = load i32, ptr %f39, align 4
  %digit041 = zext i32 %digit040 to i64
  %f42 = getelementptr i8, ptr %v, i64 28
  %digit143 = load i32, ptr %f42, align 4
  %digit144 = zext i32 %digit143 to i64
  %negative45 = icmp slt i64 %size36, 0
  %neg_size46 = sub i64 0, %size36
  %ndigits47 = select i1 %negative45, i64 %neg_size46, i64 %size36
  %two48 = icmp eq i64 %ndigits47, 2
  %hi49 = shl i64 %digit144, 30
  %hi250 = select i1 %two48, i64 %hi49, i64 0
  %mag51 = add i64 %digit041, %hi250
  %zero52 = icmp eq i64 %size36, 0
  %mag053 = select i1 %zero52, i64 0, i64 %mag51
  %neg_mag54 = sub i64 0, %mag053
  %ival55 = select i1 %negative45, i64 %neg_mag54, i64 %mag053
  %compact56 = and i1 %compact, %compact38
  br i1 %compact56, label %u3.int_fast, label %u3.num_slow, !prof !1

u3.float_check:                                   ; preds = %i3
  %f69 = getelementptr i8, ptr %v21, i64 8
  %p70 = load ptr, ptr %f69, align 8
  %f71 = getelementptr i8, ptr %v, i64 8
  %p72 = load ptr, ptr %f71, align 8
  %a73 = ptrtoint ptr %p70 to i64
  %eq74 = icmp eq i64 %a73, ptrtoint (ptr @PyFloat_Type to i64)
  %a75 = ptrtoint ptr %p72 to i64
  %eq76 = icmp eq i64 %a75, ptrtoint (ptr @PyFloat_Type to i64)
  %both77 = and i1 %eq74, %eq76
  br i1 %both77, label %u3.float_fast, label %u3.mixed_check, !prof !1

u3.int_fast:                                      ; preds = %u3.int_test
  %iadd = add nsw i64 %ival, %ival55
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %u3.ibox_small, label %u3.ibox_not_small

u3.ibox_done:                                     ; preds = %u3.ibox_call, %u3.ibox_init, %u3.ibox_table
  %int_box = phi ptr [ %fd, %u3.ibox_table ], [ %c58, %u3.ibox_init ], [ %c68, %u3.ibox_call ]
  br label %u3.num_done

u3.ibox_small:                                    ; preds = %u3.int_fast
  %p57 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p57, null
  br i1 %have_table, label %u3.ibox_table, label %u3.ibox_call, !prof !1

u3.ibox_not_small:                                ; preds = %u3.int_fast
  %shifted = add i64 %iadd, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u3.ibox_alloc, label %u3.ibox_call, !prof !1

u3.ibox_alloc:                                    ; preds = %u3.ibox_not_small
  %c58 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c58, null
  br i1 %allocated, label %u3.ibox_init, label %u3.ibox_call, !prof !1

u3.ibox_call:                                     ; preds = %u3.ibox_alloc, %u3.ibox_not_small, %u3.ibox_small
  %c68 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %u3.ibox_done

u3.ibox_table:                                    ; preds = %u3.ibox_small
  %off = mul i64 %biased, 32
  %fd = getelementptr i8, ptr %p57, i64 %off
  %rc = load i64, ptr %fd, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %fd, align 4
  br label %u3.ibox_done

u3.ibox_init:                                     ; preds = %u3.ibox_alloc
  %neg = icmp slt i64 %iadd, 0
  %minus = sub i64 0, %iadd
  %mag59 = select i1 %neg, i64 %minus, i64 %iadd
  %two60 = icmp ugt i64 %mag59, 1073741823
  %ndigits61 = select i1 %two60, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits61
  %size62 = select i1 %neg, i64 %minus_n, i64 %ndigits61
  %d0 = and i64 %mag59, 1073741823
  %d1 = lshr i64 %mag59, 30
  store i64 1, ptr %c58, align 4
  %f63 = getelementptr i8, ptr %c58, i64 8
  store ptr @PyLong_Type, ptr %f63, align 8
  %f64 = getelementptr i8, ptr %c58, i64 16
  store i64 %size62, ptr %f64, align 4
  %digit = trunc i64 %d0 to i32
  %f65 = getelementptr i8, ptr %c58, i64 24
  store i32 %digit, ptr %f65, align 4
  %digit66 = trunc i64 %d1 to i32
  %f67 = getelementptr i8, ptr %c58, i64 28
  store i32 %digit66, ptr %f67, align 4
  br label %u3.ibox_done

u3.float_fast:                                    ; preds = %u3.float_check
  %f78 = getelementptr i8, ptr %v21, i64 16
  %fval = load double, ptr %f78, align 8
  %f79 = getelementptr i8, ptr %v, i64 16
  %fval80 = load double, ptr %f79, align 8
  %fadd = fadd double %fval, %fval80
  %c81 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %u3.fbox_done

u3.mixed_check:                                   ; preds = %u3.float_check
  %f82 = getelementptr i8, ptr %v21, i64 8
  %p83 = load ptr, ptr %f82, align 8
  %a84 = ptrtoint ptr %p83 to i64
  %eq85 = icmp eq i64 %a84, ptrtoint (ptr @PyFloat_Type to i64)
  %a86 = ptrtoint ptr %p83 to i64
  %eq87 = icmp eq i64 %a86, ptrtoint (ptr @PyLong_Type to i64)
  %f88 = getelementptr i8, ptr %v, i64 8
  %p89 = load ptr, ptr %f88, align 8
  %a90 = ptrtoint ptr %p89 to i64
  %eq91 = icmp eq i64 %a90, ptrtoint (ptr @PyFloat_Type to i64)
  %a92 = ptrtoint ptr %p89 to i64
  %eq93 = icmp eq i64 %a92, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq85, %eq93
  %int_first = and i1 %eq87, %eq91
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u3.mixed, label %u3.num_slow, !prof !1

u3.fbox_done:                                     ; preds = %u3.float_fast
  %fbox = phi ptr [ %c81, %u3.float_fast ]
  br label %u3.num_done

u3.mixed:                                         ; preds = %u3.mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %v21
  %float_operand = select i1 %float_first, ptr %v21, ptr %v
  %f94 = getelementptr i8, ptr %int_operand, i64 16
  %size95 = load i64, ptr %f94, align 4
  %size296 = add i64 %size95, 2
  %compact97 = icmp ule i64 %size296, 4
  %f98 = getelementptr i8, ptr %int_operand, i64 24
  %digit099 = load i32, ptr %f98, align 4
  %digit0100 = zext i32 %digit099 to i64
  %f101 = getelementptr i8, ptr %int_operand, i64 28
  %digit1102 = load i32, ptr %f101, align 4
  %digit1103 = zext i32 %digit1102 to i64
  %negative104 = icmp slt i64 %size95, 0
  %neg_size105 = sub i64 0, %size95
  %ndigits106 = select i1 %negative104, i64 %neg_size105, i64 %size95
  %two107 = icmp eq i64 %ndigits106, 2
  %hi108 = shl i64 %digit1103, 30
  %hi2109 = select i1 %two107, i64 %hi108, i64 0
  %mag110 = add i64 %digit0100, %hi2109
  %zero111 = icmp eq i64 %size95, 0
  %mag0112 = select i1 %zero111, i64 0, i64 %mag110
  %neg_mag113 = sub i64 0, %mag0112
  %ival114 = select i1 %negative104, i64 %neg_mag113, i64 %mag0112
  br i1 %compact97, label %u3.mixed_fast, label %u3.num_slow, !prof !1

u3.mixed_fast:                                    ; preds = %u3.mixed
  %itof = sitofp i64 %ival114 to double
  %f115 = getelementptr i8, ptr %float_operand, i64 16
  %fval116 = load double, ptr %f115, align 8
  %x = select i1 %float_first, double %fval116, double %itof
  %y = select i1 %float_first, double %itof, double %fval116
  %fadd117 = fadd double %x, %y
  br label %u3.float_result

u3.fbox_done118:                                  ; preds = %u3.float_result
  %fbox120 = phi ptr [ %c119, %u3.float_result ]
  br label %u3.num_done

u3.operator_dunder:                               ; preds = %u3.num_slow
  %c125 = call ptr @rjit_binary_dunder(ptr %0, ptr %v21, ptr %v, i32 0)
  br label %u3.operator_done

u3.operator_c:                                    ; preds = %u3.num_slow
  %c126 = call ptr @PyNumber_Add(ptr %v21, ptr %v)
  br label %u3.operator_done

u3.operator_done:                                 ; preds = %u3.operator_c, %u3.operator_dunder
  %number = phi ptr [ %c125, %u3.operator_dunder ], [ %c126, %u3.operator_c ]
  br label %u3.num_done

u3.error:                                         ; preds = %u3.num_done
  %c127 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c127

u3.ok:                                            ; preds = %u3.num_done
  store ptr %res, ptr %s0, align 8
  br label %i5
}

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

declare ptr @PyObject_Malloc(i64)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
