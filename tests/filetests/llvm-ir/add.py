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
  %v127 = load ptr, ptr %s0, align 8
  %f128 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f128, align 4
  %f129 = getelementptr i8, ptr %f2, i64 10
  %f130 = getelementptr i8, ptr %1, i64 56
  store ptr %f129, ptr %f130, align 8
  %f131 = getelementptr i8, ptr %0, i64 56
  %p132 = load ptr, ptr %f131, align 8
  %f133 = getelementptr i8, ptr %1, i64 48
  %p134 = load ptr, ptr %f133, align 8
  %f135 = getelementptr i8, ptr %p132, i64 8
  store ptr %p134, ptr %f135, align 8
  %f136 = getelementptr i8, ptr %0, i64 32
  %rem137 = load i32, ptr %f136, align 4
  %rem1138 = add i32 %rem137, 1
  store i32 %rem1138, ptr %f136, align 4
  ret ptr %v127

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

u3.num_done:                                      ; preds = %u3.operator_done, %u3.fbox_done117, %u3.fbox_done, %u3.ibox_done
  %res = phi ptr [ %int_box, %u3.ibox_done ], [ %fbox, %u3.fbox_done ], [ %fbox119, %u3.fbox_done117 ], [ %number, %u3.operator_done ]
  %isnull = icmp eq ptr %res, null
  br i1 %isnull, label %u3.error, label %u3.ok, !prof !0

u3.num_slow:                                      ; preds = %u3.int_two_digits100, %u3.mixed_check, %u3.int_two_digits43, %u3.int_two_digits
  %f120 = getelementptr i8, ptr %v21, i64 8
  %p121 = load ptr, ptr %f120, align 8
  %f122 = getelementptr i8, ptr %p121, i64 168
  %i123 = load i64, ptr %f122, align 4
  %heap = and i64 %i123, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u3.operator_dunder, label %u3.operator_c

u3.float_result:                                  ; preds = %u3.int_value101
  %fres = phi double [ %fadd116, %u3.int_value101 ]
  %c118 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u3.fbox_done117

u3.int_test:                                      ; preds = %i3
  %f30 = getelementptr i8, ptr %v21, i64 16
  %size = load i64, ptr %f30, align 4
  %size1 = add i64 %size, 1
  %one_digit = icmp ule i64 %size1, 2
  %f31 = getelementptr i8, ptr %v21, i64 24
  %digit0 = load i32, ptr %f31, align 4
  %digit032 = zext i32 %digit0 to i64
  %ival1 = mul i64 %size, %digit032
  br i1 %one_digit, label %u3.int_value, label %u3.int_two_digits, !prof !1

u3.float_check:                                   ; preds = %i3
  %f67 = getelementptr i8, ptr %v21, i64 8
  %p68 = load ptr, ptr %f67, align 8
  %f69 = getelementptr i8, ptr %v, i64 8
  %p70 = load ptr, ptr %f69, align 8
  %a71 = ptrtoint ptr %p68 to i64
  %eq72 = icmp eq i64 %a71, ptrtoint (ptr @PyFloat_Type to i64)
  %a73 = ptrtoint ptr %p70 to i64
  %eq74 = icmp eq i64 %a73, ptrtoint (ptr @PyFloat_Type to i64)
  %both75 = and i1 %eq72, %eq74
  br i1 %both75, label %u3.float_fast, label %u3.mixed_check, !prof !1

u3.int_two_digits:                                ; preds = %u3.int_test
  %size2 = add i64 %size, 2
  %two_digits = icmp ule i64 %size2, 4
  br i1 %two_digits, label %u3.two_digit_int, label %u3.num_slow, !prof !1

u3.int_value:                                     ; preds = %u3.two_digit_int, %u3.int_test
  %ival = phi i64 [ %ival1, %u3.int_test ], [ %ival2, %u3.two_digit_int ]
  %f35 = getelementptr i8, ptr %v, i64 16
  %size36 = load i64, ptr %f35, align 4
  %size137 = add i64 %size36, 1
  %one_digit38 = icmp ule i64 %size137, 2
  %f39 = getelementptr i8, ptr %v, i64 24
  %digit040 = load i32, ptr %f39, align 4
  %digit041 = zext i32 %digit040 to i64
  %ival142 = mul i64 %size36, %digit041
  br i1 %one_digit38, label %u3.int_value44, label %u3.int_two_digits43, !prof !1

u3.two_digit_int:                                 ; preds = %u3.int_two_digits
  %f33 = getelementptr i8, ptr %v21, i64 28
  %digit1 = load i32, ptr %f33, align 4
  %digit134 = zext i32 %digit1 to i64
  %hi = shl i64 %digit134, 30
  %mag = add i64 %digit032, %hi
  %negative = icmp slt i64 %size, 0
  %neg_mag = sub i64 0, %mag
  %ival2 = select i1 %negative, i64 %neg_mag, i64 %mag
  br label %u3.int_value

u3.int_two_digits43:                              ; preds = %u3.int_value
  %size245 = add i64 %size36, 2
  %two_digits46 = icmp ule i64 %size245, 4
  br i1 %two_digits46, label %u3.two_digit_int47, label %u3.num_slow, !prof !1

u3.int_value44:                                   ; preds = %u3.two_digit_int47, %u3.int_value
  %ival56 = phi i64 [ %ival142, %u3.int_value ], [ %ival255, %u3.two_digit_int47 ]
  %iadd = add nsw i64 %ival, %ival56
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %u3.ibox_small, label %u3.ibox_not_small

u3.two_digit_int47:                               ; preds = %u3.int_two_digits43
  %f48 = getelementptr i8, ptr %v, i64 28
  %digit149 = load i32, ptr %f48, align 4
  %digit150 = zext i32 %digit149 to i64
  %hi51 = shl i64 %digit150, 30
  %mag52 = add i64 %digit041, %hi51
  %negative53 = icmp slt i64 %size36, 0
  %neg_mag54 = sub i64 0, %mag52
  %ival255 = select i1 %negative53, i64 %neg_mag54, i64 %mag52
  br label %u3.int_value44

u3.ibox_done:                                     ; preds = %u3.ibox_call, %u3.ibox_init, %u3.ibox_table
  %int_box = phi ptr [ %fd, %u3.ibox_table ], [ %c58, %u3.ibox_init ], [ %c66, %u3.ibox_call ]
  br label %u3.num_done

u3.ibox_small:                                    ; preds = %u3.int_value44
  %p57 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p57, null
  br i1 %have_table, label %u3.ibox_table, label %u3.ibox_call, !prof !1

u3.ibox_not_small:                                ; preds = %u3.int_value44
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
  %c66 = call ptr @PyLong_FromLongLong(i64 %iadd)
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
  %two = icmp ugt i64 %mag59, 1073741823
  %ndigits = select i1 %two, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits
  %size60 = select i1 %neg, i64 %minus_n, i64 %ndigits
  %d0 = and i64 %mag59, 1073741823
  %d1 = lshr i64 %mag59, 30
  store i64 1, ptr %c58, align 4
  %f61 = getelementptr i8, ptr %c58, i64 8
  store ptr @PyLong_Type, ptr %f61, align 8
  %f62 = getelementptr i8, ptr %c58, i64 16
  store i64 %size60, ptr %f62, align 4
  %digit = trunc i64 %d0 to i32
  %f63 = getelementptr i8, ptr %c58, i64 24
  store i32 %digit, ptr %f63, align 4
  %digit64 = trunc i64 %d1 to i32
  %f65 = getelementptr i8, ptr %c58, i64 28
  store i32 %digit64, ptr %f65, align 4
  br label %u3.ibox_done

u3.float_fast:                                    ; preds = %u3.float_check
  %f76 = getelementptr i8, ptr %v21, i64 16
  %fval = load double, ptr %f76, align 8
  %f77 = getelementptr i8, ptr %v, i64 16
  %fval78 = load double, ptr %f77, align 8
  %fadd = fadd double %fval, %fval78
  %c79 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %u3.fbox_done

u3.mixed_check:                                   ; preds = %u3.float_check
  %f80 = getelementptr i8, ptr %v21, i64 8
  %p81 = load ptr, ptr %f80, align 8
  %a82 = ptrtoint ptr %p81 to i64
  %eq83 = icmp eq i64 %a82, ptrtoint (ptr @PyFloat_Type to i64)
  %a84 = ptrtoint ptr %p81 to i64
  %eq85 = icmp eq i64 %a84, ptrtoint (ptr @PyLong_Type to i64)
  %f86 = getelementptr i8, ptr %v, i64 8
  %p87 = load ptr, ptr %f86, align 8
  %a88 = ptrtoint ptr %p87 to i64
  %eq89 = icmp eq i64 %a88, ptrtoint (ptr @PyFloat_Type to i64)
  %a90 = ptrtoint ptr %p87 to i64
  %eq91 = icmp eq i64 %a90, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq83, %eq91
  %int_first = and i1 %eq85, %eq89
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u3.mixed, label %u3.num_slow, !prof !1

u3.fbox_done:                                     ; preds = %u3.float_fast
  %fbox = phi ptr [ %c79, %u3.float_fast ]
  br label %u3.num_done

u3.mixed:                                         ; preds = %u3.mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %v21
  %float_operand = select i1 %float_first, ptr %v21, ptr %v
  %f92 = getelementptr i8, ptr %int_operand, i64 16
  %size93 = load i64, ptr %f92, align 4
  %size194 = add i64 %size93, 1
  %one_digit95 = icmp ule i64 %size194, 2
  %f96 = getelementptr i8, ptr %int_operand, i64 24
  %digit097 = load i32, ptr %f96, align 4
  %digit098 = zext i32 %digit097 to i64
  %ival199 = mul i64 %size93, %digit098
  br i1 %one_digit95, label %u3.int_value101, label %u3.int_two_digits100, !prof !1

u3.int_two_digits100:                             ; preds = %u3.mixed
  %size2102 = add i64 %size93, 2
  %two_digits103 = icmp ule i64 %size2102, 4
  br i1 %two_digits103, label %u3.two_digit_int104, label %u3.num_slow, !prof !1

u3.int_value101:                                  ; preds = %u3.two_digit_int104, %u3.mixed
  %ival113 = phi i64 [ %ival199, %u3.mixed ], [ %ival2112, %u3.two_digit_int104 ]
  %itof = sitofp i64 %ival113 to double
  %f114 = getelementptr i8, ptr %float_operand, i64 16
  %fval115 = load double, ptr %f114, align 8
  %x = select i1 %float_first, double %fval115, double %itof
  %y = select i1 %float_first, double %itof, double %fval115
  %fadd116 = fadd double %x, %y
  br label %u3.float_result

u3.two_digit_int104:                              ; preds = %u3.int_two_digits100
  %f105 = getelementptr i8, ptr %int_operand, i64 28
  %digit1106 = load i32, ptr %f105, align 4
  %digit1107 = zext i32 %digit1106 to i64
  %hi108 = shl i64 %digit1107, 30
  %mag109 = add i64 %digit098, %hi108
  %negative110 = icmp slt i64 %size93, 0
  %neg_mag111 = sub i64 0, %mag109
  %ival2112 = select i1 %negative110, i64 %neg_mag111, i64 %mag109
  br label %u3.int_value101

u3.fbox_done117:                                  ; preds = %u3.float_result
  %fbox119 = phi ptr [ %c118, %u3.float_result ]
  br label %u3.num_done

u3.operator_dunder:                               ; preds = %u3.num_slow
  %c124 = call ptr @rjit_binary_dunder(ptr %0, ptr %v21, ptr %v, i32 0)
  br label %u3.operator_done

u3.operator_c:                                    ; preds = %u3.num_slow
  %c125 = call ptr @PyNumber_Add(ptr %v21, ptr %v)
  br label %u3.operator_done

u3.operator_done:                                 ; preds = %u3.operator_c, %u3.operator_dunder
  %number = phi ptr [ %c124, %u3.operator_dunder ], [ %c125, %u3.operator_c ]
  br label %u3.num_done

u3.error:                                         ; preds = %u3.num_done
  %c126 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c126

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
