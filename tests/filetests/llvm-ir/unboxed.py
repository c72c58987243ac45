# test: llvm-ir
def f(a, b, c):
    return a * b + c
# run: f(1.5, 2.0, 0.25)
# run: f(2, 3, 1.5)
# run: f(2, 3, 4)
# run: f("x", 2, "y")
# run: f(1e308, 10.0, -1e308)
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyLong_Type = external global i8
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

i5:                                               ; preds = %num_out
  %f119 = getelementptr i8, ptr %1, i64 88
  %local120 = load ptr, ptr %f119, align 8
  store ptr %local120, ptr %s1, align 8
  br label %i6

i6:                                               ; preds = %i5
  %v121 = load ptr, ptr %s1, align 8
  %v122 = load ptr, ptr %s0, align 8
  %ukind123 = load i8, ptr %k0, align 1
  %uf124 = load double, ptr %f0, align 8
  %ui125 = load i64, ptr %n0, align 4
  %f126 = getelementptr i8, ptr %f2, i64 12
  %f127 = getelementptr i8, ptr %1, i64 56
  store ptr %f126, ptr %f127, align 8
  %is_float = icmp eq i8 %ukind123, 1
  br i1 %is_float, label %view, label %view_not_float, !prof !1

i8:                                               ; preds = %ok377
  %v379 = load ptr, ptr %s0, align 8
  %f380 = getelementptr i8, ptr %1, i64 64
  store i32 3, ptr %f380, align 4
  %f381 = getelementptr i8, ptr %f2, i64 16
  %f382 = getelementptr i8, ptr %1, i64 56
  store ptr %f381, ptr %f382, align 8
  %f383 = getelementptr i8, ptr %0, i64 56
  %p384 = load ptr, ptr %f383, align 8
  %f385 = getelementptr i8, ptr %1, i64 48
  %p386 = load ptr, ptr %f385, align 8
  %f387 = getelementptr i8, ptr %p384, i64 8
  store ptr %p386, ptr %f387, align 8
  %f388 = getelementptr i8, ptr %0, i64 32
  %rem389 = load i32, ptr %f388, align 4
  %rem1390 = add i32 %rem389, 1
  store i32 %rem1390, ptr %f388, align 4
  ret ptr %v379

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

num_done:                                         ; preds = %operator_done
  %res = phi ptr [ %number, %operator_done ]
  %isnull = icmp eq ptr %res, null
  br i1 %isnull, label %error114, label %ok, !prof !0

num_slow:                                         ; preds = %mixed84, %mixed_check, %int_fast, %int_test
  %f109 = getelementptr i8, ptr %v22, i64 8
  %p110 = load ptr, ptr %f109, align 8
  %f111 = getelementptr i8, ptr %p110, i64 168
  %i = load i64, ptr %f111, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %operator_dunder, label %operator_c

unboxed_result:                                   ; preds = %mixed_fast, %float_fast, %imul_ok
  %ukind = phi i8 [ 2, %imul_ok ], [ 1, %float_fast ], [ 1, %mixed_fast ]
  %uf = phi double [ 0.000000e+00, %imul_ok ], [ %fmul, %float_fast ], [ %fmul108, %mixed_fast ]
  %ui = phi i64 [ %imul, %imul_ok ], [ 0, %float_fast ], [ 0, %mixed_fast ]
  br label %num_out

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
  %f60 = getelementptr i8, ptr %v22, i64 8
  %p61 = load ptr, ptr %f60, align 8
  %f62 = getelementptr i8, ptr %v, i64 8
  %p63 = load ptr, ptr %f62, align 8
  %a64 = ptrtoint ptr %p61 to i64
  %eq65 = icmp eq i64 %a64, ptrtoint (ptr @PyFloat_Type to i64)
  %a66 = ptrtoint ptr %p63 to i64
  %eq67 = icmp eq i64 %a66, ptrtoint (ptr @PyFloat_Type to i64)
  %both68 = and i1 %eq65, %eq67
  br i1 %both68, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %bias = add i64 %ival, 2147483648
  %small = icmp ult i64 %bias, 4294967296
  %bias58 = add i64 %ival56, 2147483648
  %small59 = icmp ult i64 %bias58, 4294967296
  %both_small = and i1 %small, %small59
  br i1 %both_small, label %imul_ok, label %num_slow, !prof !1

imul_ok:                                          ; preds = %int_fast
  %imul = mul nsw i64 %ival, %ival56
  br label %unboxed_result

float_fast:                                       ; preds = %float_check
  %f69 = getelementptr i8, ptr %v22, i64 16
  %fval = load double, ptr %f69, align 8
  %f70 = getelementptr i8, ptr %v, i64 16
  %fval71 = load double, ptr %f70, align 8
  %fmul = fmul double %fval, %fval71
  br label %unboxed_result

mixed_check:                                      ; preds = %float_check
  %f72 = getelementptr i8, ptr %v22, i64 8
  %p73 = load ptr, ptr %f72, align 8
  %a74 = ptrtoint ptr %p73 to i64
  %eq75 = icmp eq i64 %a74, ptrtoint (ptr @PyFloat_Type to i64)
  %a76 = ptrtoint ptr %p73 to i64
  %eq77 = icmp eq i64 %a76, ptrtoint (ptr @PyLong_Type to i64)
  %f78 = getelementptr i8, ptr %v, i64 8
  %p79 = load ptr, ptr %f78, align 8
  %a80 = ptrtoint ptr %p79 to i64
  %eq81 = icmp eq i64 %a80, ptrtoint (ptr @PyFloat_Type to i64)
  %a82 = ptrtoint ptr %p79 to i64
  %eq83 = icmp eq i64 %a82, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq75, %eq83
  %int_first = and i1 %eq77, %eq81
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed84, label %num_slow, !prof !1

mixed84:                                          ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %v22
  %float_operand = select i1 %float_first, ptr %v22, ptr %v
  %f85 = getelementptr i8, ptr %int_operand, i64 16
  %size86 = load i64, ptr %f85, align 4
  %size287 = add i64 %size86, 2
  %compact88 = icmp ule i64 %size287, 4
  %f89 = getelementptr i8, ptr %int_operand, i64 24
  %digit090 = load i32, ptr %f89, align 4
  %digit091 = zext i32 %digit090 to i64
  %f92 = getelementptr i8, ptr %int_operand, i64 28
  %digit193 = load i32, ptr %f92, align 4
  %digit194 = zext i32 %digit193 to i64
  %negative95 = icmp slt i64 %size86, 0
  %neg_size96 = sub i64 0, %size86
  %ndigits97 = select i1 %negative95, i64 %neg_size96, i64 %size86
  %two98 = icmp eq i64 %ndigits97, 2
  %hi99 = shl i64 %digit194, 30
  %hi2100 = select i1 %two98, i64 %hi99, i64 0
  %mag101 = add i64 %digit091, %hi2100
  %zero102 = icmp eq i64 %size86, 0
  %mag0103 = select i1 %zero102, i64 0, i64 %mag101
  %neg_mag104 = sub i64 0, %mag0103
  %ival105 = select i1 %negative95, i64 %neg_mag104, i64 %mag0103
  br i1 %compact88, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed84
  %itof = sitofp i64 %ival105 to double
  %f106 = getelementptr i8, ptr %float_operand, i64 16
  %fval107 = load double, ptr %f106, align 8
  %x = select i1 %float_first, double %fval107, double %itof
  %y = select i1 %float_first, double %itof, double %fval107
  %fmul108 = fmul double %x, %y
  br label %unboxed_result

operator_dunder:                                  ; preds = %num_slow
  %c112 = call ptr @rjit_binary_dunder(ptr %0, ptr %v22, ptr %v, i32 5)
  br label %operator_done

operator_c:                                       ; preds = %num_slow
  %c113 = call ptr @PyNumber_Multiply(ptr %v22, ptr %v)
  br label %operator_done

operator_done:                                    ; preds = %operator_c, %operator_dunder
  %number = phi ptr [ %c112, %operator_dunder ], [ %c113, %operator_c ]
  br label %num_done

error114:                                         ; preds = %num_done
  %c115 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c115

ok:                                               ; preds = %num_done
  br label %num_out

num_out:                                          ; preds = %unboxed_result, %ok
  %uobj = phi ptr [ %res, %ok ], [ null, %unboxed_result ]
  %ukind116 = phi i8 [ 0, %ok ], [ %ukind, %unboxed_result ]
  %uf117 = phi double [ 0.000000e+00, %ok ], [ %uf, %unboxed_result ]
  %ui118 = phi i64 [ 0, %ok ], [ %ui, %unboxed_result ]
  store i8 %ukind116, ptr %k0, align 1
  store double %uf117, ptr %f0, align 8
  store i64 %ui118, ptr %n0, align 4
  store ptr %uobj, ptr %s0, align 8
  br label %i5

num_done128:                                      ; preds = %operator_done363, %fbox_done341, %fbox_done288, %int_fast269, %fbox_done, %unboxed_ints
  %res367 = phi ptr [ %c200, %unboxed_ints ], [ %fbox, %fbox_done ], [ %c271, %int_fast269 ], [ %fbox294, %fbox_done288 ], [ %fbox354, %fbox_done341 ], [ %number366, %operator_done363 ]
  %v368 = load ptr, ptr %s0, align 8
  %isnull369 = icmp eq ptr %v368, null
  br i1 %isnull369, label %cont371, label %xdec370

num_slow129:                                      ; preds = %mixed310, %mixed_check282, %int_test215
  %f355 = getelementptr i8, ptr %materialized, i64 8
  %p356 = load ptr, ptr %f355, align 8
  %f357 = getelementptr i8, ptr %p356, i64 168
  %i358 = load i64, ptr %f357, align 4
  %heap359 = and i64 %i358, 512
  %is_heap360 = icmp ne i64 %heap359, 0
  br i1 %is_heap360, label %operator_dunder361, label %operator_c362

float_result:                                     ; preds = %mixed_fast334
  %fres = phi double [ %fadd340, %mixed_fast334 ]
  %rc342 = load i64, ptr %materialized, align 4
  %only343 = icmp eq i64 %rc342, 1
  %f344 = getelementptr i8, ptr %materialized, i64 8
  %p345 = load ptr, ptr %f344, align 8
  %a346 = ptrtoint ptr %p345 to i64
  %eq347 = icmp eq i64 %a346, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only343, %eq347
  br i1 %only_float, label %fbox_operand348, label %fbox_next349

box_operands:                                     ; preds = %view_is_int174, %view_long169, %view_is_int, %view_long, %view_int
  %is_object = icmp eq i8 %ukind123, 0
  br i1 %is_object, label %boxed, label %box_unboxed

view:                                             ; preds = %view_compact162, %view_float, %view_compact, %i6
  %vkind = phi i8 [ 1, %i6 ], [ 2, %view_compact ], [ 1, %view_float ], [ 2, %view_compact162 ]
  %vf = phi double [ %uf124, %i6 ], [ 0.000000e+00, %view_compact ], [ %fval138, %view_float ], [ 0.000000e+00, %view_compact162 ]
  %vi = phi i64 [ 0, %i6 ], [ %ui125, %view_compact ], [ 0, %view_float ], [ %ival161, %view_compact162 ]
  %f164 = getelementptr i8, ptr %v121, i64 8
  %p165 = load ptr, ptr %f164, align 8
  %a166 = ptrtoint ptr %p165 to i64
  %eq167 = icmp eq i64 %a166, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq167, label %view_float168, label %view_long169

view_not_float:                                   ; preds = %i6
  %is_int = icmp eq i8 %ukind123, 2
  br i1 %is_int, label %view_int, label %view_object

view_int:                                         ; preds = %view_not_float
  %bias131 = add i64 %ui125, 1152921504606846976
  %compact132 = icmp ult i64 %bias131, 2305843009213693952
  br i1 %compact132, label %view_compact, label %box_operands, !prof !1

view_object:                                      ; preds = %view_not_float
  %f133 = getelementptr i8, ptr %v122, i64 8
  %p134 = load ptr, ptr %f133, align 8
  %a135 = ptrtoint ptr %p134 to i64
  %eq136 = icmp eq i64 %a135, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq136, label %view_float, label %view_long

view_compact:                                     ; preds = %view_int
  br label %view

view_float:                                       ; preds = %view_object
  %f137 = getelementptr i8, ptr %v122, i64 16
  %fval138 = load double, ptr %f137, align 8
  br label %view

view_long:                                        ; preds = %view_object
  %a139 = ptrtoint ptr %p134 to i64
  %eq140 = icmp eq i64 %a139, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq140, label %view_is_int, label %box_operands, !prof !1

view_is_int:                                      ; preds = %view_long
  %f141 = getelementptr i8, ptr %v122, i64 16
  %size142 = load i64, ptr %f141, align 4
  %size2143 = add i64 %size142, 2
  %compact144 = icmp ule i64 %size2143, 4
  %f145 = getelementptr i8, ptr %v122, i64 24
  %digit0146 = load i32, ptr %f145, align 4
  %digit0147 = zext i32 %digit0146 to i64
  %f148 = getelementptr i8, ptr %v122, i64 28
  %digit1149 = load i32, ptr %f148, align 4
  %digit1150 = zext i32 %digit1149 to i64
  %negative151 = icmp slt i64 %size142, 0
  %neg_size152 = sub i64 0, %size142
  %ndigits153 = select i1 %negative151, i64 %neg_size152, i64 %size142
  %two154 = icmp eq i64 %ndigits153, 2
  %hi155 = shl i64 %digit1150, 30
  %hi2156 = select i1 %two154, i64 %hi155, i64 0
  %mag157 = add i64 %digit0147, %hi2156
  %zero158 = icmp eq i64 %size142, 0
  %mag0159 = select i1 %zero158, i64 0, i64 %mag157
  %neg_mag160 = sub i64 0, %mag0159
  %ival161 = select i1 %negative151, i64 %neg_mag160, i64 %mag0159
  br i1 %compact144, label %view_compact162, label %box_operands, !prof !1

view_compact162:                                  ; preds = %view_is_int
  br label %view

view163:                                          ; preds = %view_compact196, %view_float168
  %vkind197 = phi i8 [ 1, %view_float168 ], [ 2, %view_compact196 ]
  %vf198 = phi double [ %fval171, %view_float168 ], [ 0.000000e+00, %view_compact196 ]
  %vi199 = phi i64 [ 0, %view_float168 ], [ %ival195, %view_compact196 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind197, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %unboxed_ints, label %unboxed_floats

view_float168:                                    ; preds = %view
  %f170 = getelementptr i8, ptr %v121, i64 16
  %fval171 = load double, ptr %f170, align 8
  br label %view163

view_long169:                                     ; preds = %view
  %a172 = ptrtoint ptr %p165 to i64
  %eq173 = icmp eq i64 %a172, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq173, label %view_is_int174, label %box_operands, !prof !1

view_is_int174:                                   ; preds = %view_long169
  %f175 = getelementptr i8, ptr %v121, i64 16
  %size176 = load i64, ptr %f175, align 4
  %size2177 = add i64 %size176, 2
  %compact178 = icmp ule i64 %size2177, 4
  %f179 = getelementptr i8, ptr %v121, i64 24
  %digit0180 = load i32, ptr %f179, align 4
  %digit0181 = zext i32 %digit0180 to i64
  %f182 = getelementptr i8, ptr %v121, i64 28
  %digit1183 = load i32, ptr %f182, align 4
  %digit1184 = zext i32 %digit1183 to i64
  %negative185 = icmp slt i64 %size176, 0
  %neg_size186 = sub i64 0, %size176
  %ndigits187 = select i1 %negative185, i64 %neg_size186, i64 %size176
  %two188 = icmp eq i64 %ndigits187, 2
  %hi189 = shl i64 %digit1184, 30
  %hi2190 = select i1 %two188, i64 %hi189, i64 0
  %mag191 = add i64 %digit0181, %hi2190
  %zero192 = icmp eq i64 %size176, 0
  %mag0193 = select i1 %zero192, i64 0, i64 %mag191
  %neg_mag194 = sub i64 0, %mag0193
  %ival195 = select i1 %negative185, i64 %neg_mag194, i64 %mag0193
  br i1 %compact178, label %view_compact196, label %box_operands, !prof !1

view_compact196:                                  ; preds = %view_is_int174
  br label %view163

unboxed_ints:                                     ; preds = %view163
  %iadd = add nsw i64 %vi, %vi199
  %c200 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done128

unboxed_floats:                                   ; preds = %view163
  %itof201 = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof201, double %vf
  %itof202 = sitofp i64 %vi199 to double
  %view_f203 = select i1 %rint, double %itof202, double %vf198
  %fadd = fadd double %view_f, %view_f203
  %c204 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

fbox_done:                                        ; preds = %unboxed_floats
  %fbox = phi ptr [ %c204, %unboxed_floats ]
  br label %num_done128

box_unboxed:                                      ; preds = %box_operands
  %is_float205 = icmp eq i8 %ukind123, 1
  br i1 %is_float205, label %box_float, label %box_int

boxed:                                            ; preds = %box_ok, %box_operands
  %materialized = phi ptr [ %v122, %box_operands ], [ %box, %box_ok ]
  %f217 = getelementptr i8, ptr %materialized, i64 8
  %p218 = load ptr, ptr %f217, align 8
  %f219 = getelementptr i8, ptr %v121, i64 8
  %p220 = load ptr, ptr %f219, align 8
  %a221 = ptrtoint ptr %p218 to i64
  %eq222 = icmp eq i64 %a221, ptrtoint (ptr @PyLong_Type to i64)
  %a223 = ptrtoint ptr %p220 to i64
  %eq224 = icmp eq i64 %a223, ptrtoint (ptr @PyLong_Type to i64)
  %both225 = and i1 %eq222, %eq224
  br i1 %both225, label %int_test215, label %float_check216

box_float:                                        ; preds = %box_unboxed
  %c206 = call ptr @PyFloat_FromDouble(double %uf124)
  br label %box_made

box_int:                                          ; preds = %box_unboxed
  %c207 = call ptr @PyLong_FromLongLong(i64 %ui125)
  br label %box_made

box_made:                                         ; preds = %box_int, %box_float
  %box = phi ptr [ %c206, %box_float ], [ %c207, %box_int ]
  store ptr %box, ptr %s0, align 8
  %box_failed = icmp eq ptr %box, null
  br i1 %box_failed, label %box_failed208, label %box_ok, !prof !0

box_failed208:                                    ; preds = %box_made
  %v209 = load ptr, ptr %s0, align 8
  %isnull210 = icmp eq ptr %v209, null
  br i1 %isnull210, label %cont211, label %xdec

box_ok:                                           ; preds = %box_made
  br label %boxed

xdec:                                             ; preds = %box_failed208
  %rc = load i64, ptr %v209, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v209, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %dealloc, label %cont212

cont211:                                          ; preds = %cont212, %box_failed208
  br label %error213

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v209)
  br label %cont212

cont212:                                          ; preds = %dealloc, %xdec
  br label %cont211

error213:                                         ; preds = %cont371, %cont211
  %c214 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 0, i32 1)
  ret ptr %c214

int_test215:                                      ; preds = %boxed
  %f226 = getelementptr i8, ptr %materialized, i64 16
  %size227 = load i64, ptr %f226, align 4
  %size2228 = add i64 %size227, 2
  %compact229 = icmp ule i64 %size2228, 4
  %f230 = getelementptr i8, ptr %materialized, i64 24
  %digit0231 = load i32, ptr %f230, align 4
  %digit0232 = zext i32 %digit0231 to i64
  %f233 = getelementptr i8, ptr %materialized, i64 28
  %digit1234 = load i32, ptr %f233, align 4
  %digit1235 = zext i32 %digit1234 to i64
  %negative236 = icmp slt i64 %size227, 0
  %neg_size237 = sub i64 0, %size227
  %ndigits238 = select i1 %negative236, i64 %neg_size237, i64 %size227
  %two239 = icmp eq i64 %ndigits238, 2
  %hi240 = shl i64 %digit1235, 30
  %hi2241 = select i1 %two239, i64 %hi240, i64 0
  %mag242 = add i64 %digit0232, %hi2241
  %zero243 = icmp eq i64 %size227, 0
  %mag0244 = select i1 %zero243, i64 0, i64 %mag242
  %neg_mag245 = sub i64 0, %mag0244
  %ival246 = select i1 %negative236, i64 %neg_mag245, i64 %mag0244
  %f247 = getelementptr i8, ptr %v121, i64 16
  %size248 = load i64, ptr %f247, align 4
  %size2249 = add i64 %size248, 2
  %compact250 = icmp ule i64 %size2249, 4
  %f251 = getelementptr i8, ptr %v121, i64 24
  %digit0252 = load i32, ptr %f251, align 4
  %digit0253 = zext i32 %digit0252 to i64
  %f254 = getelementptr i8, ptr %v121, i64 28
  %digit1255 = load i32, ptr %f254, align 4
  %digit1256 = zext i32 %digit1255 to i64
  %negative257 = icmp slt i64 %size248, 0
  %neg_size258 = sub i64 0, %size248
  %ndigits259 = select i1 %negative257, i64 %neg_size258, i64 %size248
  %two260 = icmp eq i64 %ndigits259, 2
  %hi261 = shl i64 %digit1256, 30
  %hi2262 = select i1 %two260, i64 %hi261, i64 0
  %mag263 = add i64 %digit0253, %hi2262
  %zero264 = icmp eq i64 %size248, 0
  %mag0265 = select i1 %zero264, i64 0, i64 %mag263
  %neg_mag266 = sub i64 0, %mag0265
  %ival267 = select i1 %negative257, i64 %neg_mag266, i64 %mag0265
  %compact268 = and i1 %compact229, %compact250
  br i1 %compact268, label %int_fast269, label %num_slow129, !prof !1

float_check216:                                   ; preds = %boxed
  %f272 = getelementptr i8, ptr %materialized, i64 8
  %p273 = load ptr, ptr %f272, align 8
  %f274 = getelementptr i8, ptr %v121, i64 8
  %p275 = load ptr, ptr %f274, align 8
  %a276 = ptrtoint ptr %p273 to i64
  %eq277 = icmp eq i64 %a276, ptrtoint (ptr @PyFloat_Type to i64)
  %a278 = ptrtoint ptr %p275 to i64
  %eq279 = icmp eq i64 %a278, ptrtoint (ptr @PyFloat_Type to i64)
  %both280 = and i1 %eq277, %eq279
  br i1 %both280, label %float_fast281, label %mixed_check282, !prof !1

int_fast269:                                      ; preds = %int_test215
  %iadd270 = add nsw i64 %ival246, %ival267
  %c271 = call ptr @PyLong_FromLongLong(i64 %iadd270)
  br label %num_done128

float_fast281:                                    ; preds = %float_check216
  %f283 = getelementptr i8, ptr %materialized, i64 16
  %fval284 = load double, ptr %f283, align 8
  %f285 = getelementptr i8, ptr %v121, i64 16
  %fval286 = load double, ptr %f285, align 8
  %fadd287 = fadd double %fval284, %fval286
  %rc289 = load i64, ptr %materialized, align 4
  %only = icmp eq i64 %rc289, 1
  br i1 %only, label %fbox_operand, label %fbox_next

mixed_check282:                                   ; preds = %float_check216
  %f295 = getelementptr i8, ptr %materialized, i64 8
  %p296 = load ptr, ptr %f295, align 8
  %a297 = ptrtoint ptr %p296 to i64
  %eq298 = icmp eq i64 %a297, ptrtoint (ptr @PyFloat_Type to i64)
  %a299 = ptrtoint ptr %p296 to i64
  %eq300 = icmp eq i64 %a299, ptrtoint (ptr @PyLong_Type to i64)
  %f301 = getelementptr i8, ptr %v121, i64 8
  %p302 = load ptr, ptr %f301, align 8
  %a303 = ptrtoint ptr %p302 to i64
  %eq304 = icmp eq i64 %a303, ptrtoint (ptr @PyFloat_Type to i64)
  %a305 = ptrtoint ptr %p302 to i64
  %eq306 = icmp eq i64 %a305, ptrtoint (ptr @PyLong_Type to i64)
  %float_first307 = and i1 %eq298, %eq306
  %int_first308 = and i1 %eq300, %eq304
  %mixed309 = or i1 %float_first307, %int_first308
  br i1 %mixed309, label %mixed310, label %num_slow129, !prof !1

fbox_done288:                                     ; preds = %fbox_next, %fbox_operand
  %fbox294 = phi ptr [ %materialized, %fbox_operand ], [ %c293, %fbox_next ]
  br label %num_done128

fbox_operand:                                     ; preds = %float_fast281
  %f290 = getelementptr i8, ptr %materialized, i64 16
  store double %fadd287, ptr %f290, align 8
  %rc291 = load i64, ptr %materialized, align 4
  %rc1292 = add i64 %rc291, 1
  store i64 %rc1292, ptr %materialized, align 4
  br label %fbox_done288

fbox_next:                                        ; preds = %float_fast281
  %c293 = call ptr @PyFloat_FromDouble(double %fadd287)
  br label %fbox_done288

mixed310:                                         ; preds = %mixed_check282
  %int_operand311 = select i1 %float_first307, ptr %v121, ptr %materialized
  %float_operand312 = select i1 %float_first307, ptr %materialized, ptr %v121
  %f313 = getelementptr i8, ptr %int_operand311, i64 16
  %size314 = load i64, ptr %f313, align 4
  %size2315 = add i64 %size314, 2
  %compact316 = icmp ule i64 %size2315, 4
  %f317 = getelementptr i8, ptr %int_operand311, i64 24
  %digit0318 = load i32, ptr %f317, align 4
  %digit0319 = zext i32 %digit0318 to i64
  %f320 = getelementptr i8, ptr %int_operand311, i64 28
  %digit1321 = load i32, ptr %f320, align 4
  %digit1322 = zext i32 %digit1321 to i64
  %negative323 = icmp slt i64 %size314, 0
  %neg_size324 = sub i64 0, %size314
  %ndigits325 = select i1 %negative323, i64 %neg_size324, i64 %size314
  %two326 = icmp eq i64 %ndigits325, 2
  %hi327 = shl i64 %digit1322, 30
  %hi2328 = select i1 %two326, i64 %hi327, i64 0
  %mag329 = add i64 %digit0319, %hi2328
  %zero330 = icmp eq i64 %size314, 0
  %mag0331 = select i1 %zero330, i64 0, i64 %mag329
  %neg_mag332 = sub i64 0, %mag0331
  %ival333 = select i1 %negative323, i64 %neg_mag332, i64 %mag0331
  br i1 %compact316, label %mixed_fast334, label %num_slow129, !prof !1

mixed_fast334:                                    ; preds = %mixed310
  %itof335 = sitofp i64 %ival333 to double
  %f336 = getelementptr i8, ptr %float_operand312, i64 16
  %fval337 = load double, ptr %f336, align 8
  %x338 = select i1 %float_first307, double %fval337, double %itof335
  %y339 = select i1 %float_first307, double %itof335, double %fval337
  %fadd340 = fadd double %x338, %y339
  br label %float_result

fbox_done341:                                     ; preds = %fbox_next349, %fbox_operand348
  %fbox354 = phi ptr [ %materialized, %fbox_operand348 ], [ %c353, %fbox_next349 ]
  br label %num_done128

fbox_operand348:                                  ; preds = %float_result
  %f350 = getelementptr i8, ptr %materialized, i64 16
  store double %fres, ptr %f350, align 8
  %rc351 = load i64, ptr %materialized, align 4
  %rc1352 = add i64 %rc351, 1
  store i64 %rc1352, ptr %materialized, align 4
  br label %fbox_done341

fbox_next349:                                     ; preds = %float_result
  %c353 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done341

operator_dunder361:                               ; preds = %num_slow129
  %c364 = call ptr @rjit_binary_dunder(ptr %0, ptr %materialized, ptr %v121, i32 0)
  br label %operator_done363

operator_c362:                                    ; preds = %num_slow129
  %c365 = call ptr @PyNumber_Add(ptr %materialized, ptr %v121)
  br label %operator_done363

operator_done363:                                 ; preds = %operator_c362, %operator_dunder361
  %number366 = phi ptr [ %c364, %operator_dunder361 ], [ %c365, %operator_c362 ]
  br label %num_done128

xdec370:                                          ; preds = %num_done128
  %rc372 = load i64, ptr %v368, align 4
  %rc1373 = sub i64 %rc372, 1
  store i64 %rc1373, ptr %v368, align 4
  %dead374 = icmp eq i64 %rc1373, 0
  br i1 %dead374, label %dealloc375, label %cont376

cont371:                                          ; preds = %cont376, %num_done128
  %isnull378 = icmp eq ptr %res367, null
  br i1 %isnull378, label %error213, label %ok377, !prof !0

dealloc375:                                       ; preds = %xdec370
  call void @_Py_Dealloc(ptr %v368)
  br label %cont376

cont376:                                          ; preds = %dealloc375, %xdec370
  br label %cont371

ok377:                                            ; preds = %cont371
  store ptr %res367, ptr %s0, align 8
  br label %i8
}

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Multiply(ptr, ptr)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare void @_Py_Dealloc(ptr)

declare ptr @PyNumber_Add(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
