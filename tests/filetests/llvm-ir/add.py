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
  br i1 %exhausted, label %recursion_check, label %link

i0:                                               ; preds = %link
  %f12 = getelementptr i8, ptr %0, i64 16
  %p13 = load ptr, ptr %f12, align 8
  %f14 = getelementptr i8, ptr %p13, i64 100
  %eval_breaker = load volatile i32, ptr %f14, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker15, label %cont, !prof !0

i1:                                               ; preds = %cont
  %f19 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f19, align 8
  store ptr %local, ptr %s0, align 8
  br label %i2

i2:                                               ; preds = %i1
  %f20 = getelementptr i8, ptr %1, i64 80
  %local21 = load ptr, ptr %f20, align 8
  store ptr %local21, ptr %s1, align 8
  br label %i3

i3:                                               ; preds = %i2
  %v = load ptr, ptr %s1, align 8
  %v22 = load ptr, ptr %s0, align 8
  %f23 = getelementptr i8, ptr %f2, i64 6
  %f24 = getelementptr i8, ptr %1, i64 56
  store ptr %f23, ptr %f24, align 8
  %f25 = getelementptr i8, ptr %v22, i64 8
  %p26 = load ptr, ptr %f25, align 8
  %f27 = getelementptr i8, ptr %v, i64 8
  %p28 = load ptr, ptr %f27, align 8
  %a = ptrtoint ptr %p26 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a29 = ptrtoint ptr %p28 to i64
  %eq30 = icmp eq i64 %a29, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq30
  br i1 %both, label %int_test, label %float_check

i5:                                               ; preds = %ok
  %v131 = load ptr, ptr %s0, align 8
  %f132 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f132, align 4
  %f133 = getelementptr i8, ptr %f2, i64 10
  %f134 = getelementptr i8, ptr %1, i64 56
  store ptr %f133, ptr %f134, align 8
  %f135 = getelementptr i8, ptr %0, i64 56
  %p136 = load ptr, ptr %f135, align 8
  %f137 = getelementptr i8, ptr %1, i64 48
  %p138 = load ptr, ptr %f137, align 8
  %f139 = getelementptr i8, ptr %p136, i64 8
  store ptr %p138, ptr %f139, align 8
  %f140 = getelementptr i8, ptr %0, i64 32
  %rem141 = load i32, ptr %f140, align 4
  %rem1142 = add i32 %rem141, 1
  store i32 %rem1142, ptr %f140, align 4
  ret ptr %v131

recursion_check:                                  ; preds = %entry
  %c = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c, 0
  br i1 %too_deep, label %recursion_error, label %link

link:                                             ; preds = %recursion_check, %entry
  %f6 = getelementptr i8, ptr %0, i64 56
  %p7 = load ptr, ptr %f6, align 8
  %f8 = getelementptr i8, ptr %p7, i64 8
  %p9 = load ptr, ptr %f8, align 8
  %f10 = getelementptr i8, ptr %1, i64 48
  store ptr %p9, ptr %f10, align 8
  %f11 = getelementptr i8, ptr %p7, i64 8
  store ptr %1, ptr %f11, align 8
  br label %i0

recursion_error:                                  ; preds = %recursion_check
  ret ptr null

eval_breaker15:                                   ; preds = %i0
  %c16 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c16, label %deopt [
    i32 0, label %cont
    i32 -1, label %error
  ]

cont:                                             ; preds = %eval_breaker15, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker15
  %c17 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c17

error:                                            ; preds = %eval_breaker15
  %c18 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c18

num_done:                                         ; preds = %operator_done, %fbox_done120, %fbox_done, %ibox_done
  %res = phi ptr [ %int_box, %ibox_done ], [ %fbox, %fbox_done ], [ %fbox122, %fbox_done120 ], [ %number, %operator_done ]
  %isnull = icmp eq ptr %res, null
  br i1 %isnull, label %error129, label %ok, !prof !0

num_slow:                                         ; preds = %mixed95, %mixed_check, %int_test
  %f123 = getelementptr i8, ptr %v22, i64 8
  %p124 = load ptr, ptr %f123, align 8
  %f125 = getelementptr i8, ptr %p124, i64 168
  %i126 = load i64, ptr %f125, align 4
  %heap = and i64 %i126, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %operator_dunder, label %operator_c

float_result:                                     ; preds = %mixed_fast
  %fres = phi double [ %fadd119, %mixed_fast ]
  %c121 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done120

int_test:                                         ; preds = %i3
  %f31 = getelementptr i8, ptr %v22, i64 16
  %size = load i64, ptr %f31, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f32 = getelementptr i8, ptr %v22, i64 24
  %digit0 = load i32, ptr %f32, align 4
  %digit033 = zext i32 %digit0 to i64
  %f34 = getelementptr i8, ptr %v22, i64 28
  %digit1 = load i32, ptr %f34, align 4
  %digit135 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit135, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit033, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f36 = getelementptr i8, ptr %v, i64 16
  %size37 = load i64, ptr %f36, align 4
  %size238 = add i64 %size37, 2
  %compact39 = icmp ule i64 %size238, 4
  %f40 = getelementptr i8, ptr %v, i64 24
  %digit041 = load i32, ptr %f40, align 4
  %digit042 = zext i32 %digit041 to i64
  %f43 = getelementptr i8, ptr %v, i64 28
  %digit144 = load i32, ptr %f43, align 4
  %digit145 = zext i32 %digit144 to i64
  %negative46 = icmp slt i64 %size37, 0
  %neg_size47 = sub i64 0, %size37
  %ndigits48 = select i1 %negative46, i64 %neg_size47, i64 %size37
  %two49 = icmp eq i64 %ndigits48, 2
  %hi50 = shl i64 %digit145, 30
  %hi251 = select i1 %two49, i64 %hi50, i64 0
  %mag52 = add i64 %digit042, %hi251
  %zero53 = icmp eq i64 %size37, 0
  %mag054 = select i1 %zero53, i64 0, i64 %mag52
  %neg_mag55 = sub i64 0, %mag054
  %ival56 = select i1 %negative46, i64 %neg_mag55, i64 %mag054
  %compact57 = and i1 %compact, %compact39
  br i1 %compact57, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %i3
  %f70 = getelementptr i8, ptr %v22, i64 8
  %p71 = load ptr, ptr %f70, align 8
  %f72 = getelementptr i8, ptr %v, i64 8
  %p73 = load ptr, ptr %f72, align 8
  %a74 = ptrtoint ptr %p71 to i64
  %eq75 = icmp eq i64 %a74, ptrtoint (ptr @PyFloat_Type to i64)
  %a76 = ptrtoint ptr %p73 to i64
  %eq77 = icmp eq i64 %a76, ptrtoint (ptr @PyFloat_Type to i64)
  %both78 = and i1 %eq75, %eq77
  br i1 %both78, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival56
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %ibox_small, label %ibox_not_small

ibox_done:                                        ; preds = %ibox_call, %ibox_init, %ibox_table
  %int_box = phi ptr [ %fd, %ibox_table ], [ %c59, %ibox_init ], [ %c69, %ibox_call ]
  br label %num_done

ibox_small:                                       ; preds = %int_fast
  %p58 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p58, null
  br i1 %have_table, label %ibox_table, label %ibox_call, !prof !1

ibox_not_small:                                   ; preds = %int_fast
  %shifted = add i64 %iadd, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %ibox_alloc, label %ibox_call, !prof !1

ibox_alloc:                                       ; preds = %ibox_not_small
  %c59 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c59, null
  br i1 %allocated, label %ibox_init, label %ibox_call, !prof !1

ibox_call:                                        ; preds = %ibox_alloc, %ibox_not_small, %ibox_small
  %c69 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %ibox_done

ibox_table:                                       ; preds = %ibox_small
  %off = mul i64 %biased, 32
  %fd = getelementptr i8, ptr %p58, i64 %off
  %rc = load i64, ptr %fd, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %fd, align 4
  br label %ibox_done

ibox_init:                                        ; preds = %ibox_alloc
  %neg = icmp slt i64 %iadd, 0
  %minus = sub i64 0, %iadd
  %mag60 = select i1 %neg, i64 %minus, i64 %iadd
  %two61 = icmp ugt i64 %mag60, 1073741823
  %ndigits62 = select i1 %two61, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits62
  %size63 = select i1 %neg, i64 %minus_n, i64 %ndigits62
  %d0 = and i64 %mag60, 1073741823
  %d1 = lshr i64 %mag60, 30
  store i64 1, ptr %c59, align 4
  %f64 = getelementptr i8, ptr %c59, i64 8
  store ptr @PyLong_Type, ptr %f64, align 8
  %f65 = getelementptr i8, ptr %c59, i64 16
  store i64 %size63, ptr %f65, align 4
  %digit = trunc i64 %d0 to i32
  %f66 = getelementptr i8, ptr %c59, i64 24
  store i32 %digit, ptr %f66, align 4
  %digit67 = trunc i64 %d1 to i32
  %f68 = getelementptr i8, ptr %c59, i64 28
  store i32 %digit67, ptr %f68, align 4
  br label %ibox_done

float_fast:                                       ; preds = %float_check
  %f79 = getelementptr i8, ptr %v22, i64 16
  %fval = load double, ptr %f79, align 8
  %f80 = getelementptr i8, ptr %v, i64 16
  %fval81 = load double, ptr %f80, align 8
  %fadd = fadd double %fval, %fval81
  %c82 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

mixed_check:                                      ; preds = %float_check
  %f83 = getelementptr i8, ptr %v22, i64 8
  %p84 = load ptr, ptr %f83, align 8
  %a85 = ptrtoint ptr %p84 to i64
  %eq86 = icmp eq i64 %a85, ptrtoint (ptr @PyFloat_Type to i64)
  %a87 = ptrtoint ptr %p84 to i64
  %eq88 = icmp eq i64 %a87, ptrtoint (ptr @PyLong_Type to i64)
  %f89 = getelementptr i8, ptr %v, i64 8
  %p90 = load ptr, ptr %f89, align 8
  %a91 = ptrtoint ptr %p90 to i64
  %eq92 = icmp eq i64 %a91, ptrtoint (ptr @PyFloat_Type to i64)
  %a93 = ptrtoint ptr %p90 to i64
  %eq94 = icmp eq i64 %a93, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq86, %eq94
  %int_first = and i1 %eq88, %eq92
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed95, label %num_slow, !prof !1

fbox_done:                                        ; preds = %float_fast
  %fbox = phi ptr [ %c82, %float_fast ]
  br label %num_done

mixed95:                                          ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %v22
  %float_operand = select i1 %float_first, ptr %v22, ptr %v
  %f96 = getelementptr i8, ptr %int_operand, i64 16
  %size97 = load i64, ptr %f96, align 4
  %size298 = add i64 %size97, 2
  %compact99 = icmp ule i64 %size298, 4
  %f100 = getelementptr i8, ptr %int_operand, i64 24
  %digit0101 = load i32, ptr %f100, align 4
  %digit0102 = zext i32 %digit0101 to i64
  %f103 = getelementptr i8, ptr %int_operand, i64 28
  %digit1104 = load i32, ptr %f103, align 4
  %digit1105 = zext i32 %digit1104 to i64
  %negative106 = icmp slt i64 %size97, 0
  %neg_size107 = sub i64 0, %size97
  %ndigits108 = select i1 %negative106, i64 %neg_size107, i64 %size97
  %two109 = icmp eq i64 %ndigits108, 2
  %hi110 = shl i64 %digit1105, 30
  %hi2111 = select i1 %two109, i64 %hi110, i64 0
  %mag112 = add i64 %digit0102, %hi2111
  %zero113 = icmp eq i64 %size97, 0
  %mag0114 = select i1 %zero113, i64 0, i64 %mag112
  %neg_mag115 = sub i64 0, %mag0114
  %ival116 = select i1 %negative106, i64 %neg_mag115, i64 %mag0114
  br i1 %compact99, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed95
  %itof = sitofp i64 %ival116 to double
  %f117 = getelementptr i8, ptr %float_operand, i64 16
  %fval118 = load double, ptr %f117, align 8
  %x = select i1 %float_first, double %fval118, double %itof
  %y = select i1 %float_first, double %itof, double %fval118
  %fadd119 = fadd double %x, %y
  br label %float_result

fbox_done120:                                     ; preds = %float_result
  %fbox122 = phi ptr [ %c121, %float_result ]
  br label %num_done

operator_dunder:                                  ; preds = %num_slow
  %c127 = call ptr @rjit_binary_dunder(ptr %0, ptr %v22, ptr %v, i32 0)
  br label %operator_done

operator_c:                                       ; preds = %num_slow
  %c128 = call ptr @PyNumber_Add(ptr %v22, ptr %v)
  br label %operator_done

operator_done:                                    ; preds = %operator_c, %operator_dunder
  %number = phi ptr [ %c127, %operator_dunder ], [ %c128, %operator_c ]
  br label %num_done

error129:                                         ; preds = %num_done
  %c130 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c130

ok:                                               ; preds = %num_done
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
