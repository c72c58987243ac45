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
@rjit_small_ints = external global i8
@_Py_tracemalloc_config = external global i8

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

i8:                                               ; preds = %ok467
  %v469 = load ptr, ptr %s0, align 8
  %f470 = getelementptr i8, ptr %1, i64 64
  store i32 3, ptr %f470, align 4
  %f471 = getelementptr i8, ptr %f2, i64 16
  %f472 = getelementptr i8, ptr %1, i64 56
  store ptr %f471, ptr %f472, align 8
  %f473 = getelementptr i8, ptr %0, i64 56
  %p474 = load ptr, ptr %f473, align 8
  %f475 = getelementptr i8, ptr %1, i64 48
  %p476 = load ptr, ptr %f475, align 8
  %f477 = getelementptr i8, ptr %p474, i64 8
  store ptr %p476, ptr %f477, align 8
  %f478 = getelementptr i8, ptr %0, i64 32
  %rem479 = load i32, ptr %f478, align 4
  %rem1480 = add i32 %rem479, 1
  store i32 %rem1480, ptr %f478, align 4
  ret ptr %v469

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

num_done128:                                      ; preds = %operator_done453, %fbox_done431, %fbox_done378, %ibox_done323, %fbox_done, %ibox_done
  %res457 = phi ptr [ %int_box, %ibox_done ], [ %fbox, %fbox_done ], [ %int_box361, %ibox_done323 ], [ %fbox384, %fbox_done378 ], [ %fbox444, %fbox_done431 ], [ %number456, %operator_done453 ]
  %v458 = load ptr, ptr %s0, align 8
  %isnull459 = icmp eq ptr %v458, null
  br i1 %isnull459, label %cont461, label %xdec460

num_slow129:                                      ; preds = %mixed400, %mixed_check372, %int_test267
  %f445 = getelementptr i8, ptr %materialized, i64 8
  %p446 = load ptr, ptr %f445, align 8
  %f447 = getelementptr i8, ptr %p446, i64 168
  %i448 = load i64, ptr %f447, align 4
  %heap449 = and i64 %i448, 512
  %is_heap450 = icmp ne i64 %heap449, 0
  br i1 %is_heap450, label %operator_dunder451, label %operator_c452

float_result:                                     ; preds = %mixed_fast424
  %fres = phi double [ %fadd430, %mixed_fast424 ]
  %rc432 = load i64, ptr %materialized, align 4
  %only433 = icmp eq i64 %rc432, 1
  %f434 = getelementptr i8, ptr %materialized, i64 8
  %p435 = load ptr, ptr %f434, align 8
  %a436 = ptrtoint ptr %p435 to i64
  %eq437 = icmp eq i64 %a436, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only433, %eq437
  br i1 %only_float, label %fbox_operand438, label %fbox_next439

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
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %ibox_small, label %ibox_not_small

unboxed_floats:                                   ; preds = %view163
  %itof213 = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof213, double %vf
  %itof214 = sitofp i64 %vi199 to double
  %view_f215 = select i1 %rint, double %itof214, double %vf198
  %fadd = fadd double %view_f, %view_f215
  %c216 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

ibox_done:                                        ; preds = %ibox_call, %ibox_init, %ibox_table
  %int_box = phi ptr [ %fd, %ibox_table ], [ %c202, %ibox_init ], [ %c212, %ibox_call ]
  br label %num_done128

ibox_small:                                       ; preds = %unboxed_ints
  %p200 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p200, null
  br i1 %have_table, label %ibox_table, label %ibox_call, !prof !1

ibox_not_small:                                   ; preds = %unboxed_ints
  %shifted = add i64 %iadd, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i201 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i201, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %ibox_alloc, label %ibox_call, !prof !1

ibox_alloc:                                       ; preds = %ibox_not_small
  %c202 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c202, null
  br i1 %allocated, label %ibox_init, label %ibox_call, !prof !1

ibox_call:                                        ; preds = %ibox_alloc, %ibox_not_small, %ibox_small
  %c212 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %ibox_done

ibox_table:                                       ; preds = %ibox_small
  %off = mul i64 %biased, 32
  %fd = getelementptr i8, ptr %p200, i64 %off
  %rc = load i64, ptr %fd, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %fd, align 4
  br label %ibox_done

ibox_init:                                        ; preds = %ibox_alloc
  %neg = icmp slt i64 %iadd, 0
  %minus = sub i64 0, %iadd
  %mag203 = select i1 %neg, i64 %minus, i64 %iadd
  %two204 = icmp ugt i64 %mag203, 1073741823
  %ndigits205 = select i1 %two204, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits205
  %size206 = select i1 %neg, i64 %minus_n, i64 %ndigits205
  %d0 = and i64 %mag203, 1073741823
  %d1 = lshr i64 %mag203, 30
  store i64 1, ptr %c202, align 4
  %f207 = getelementptr i8, ptr %c202, i64 8
  store ptr @PyLong_Type, ptr %f207, align 8
  %f208 = getelementptr i8, ptr %c202, i64 16
  store i64 %size206, ptr %f208, align 4
  %digit = trunc i64 %d0 to i32
  %f209 = getelementptr i8, ptr %c202, i64 24
  store i32 %digit, ptr %f209, align 4
  %digit210 = trunc i64 %d1 to i32
  %f211 = getelementptr i8, ptr %c202, i64 28
  store i32 %digit210, ptr %f211, align 4
  br label %ibox_done

fbox_done:                                        ; preds = %unboxed_floats
  %fbox = phi ptr [ %c216, %unboxed_floats ]
  br label %num_done128

box_unboxed:                                      ; preds = %box_operands
  %is_float217 = icmp eq i8 %ukind123, 1
  br i1 %is_float217, label %box_float, label %box_int

boxed:                                            ; preds = %box_ok, %box_operands
  %materialized = phi ptr [ %v122, %box_operands ], [ %box, %box_ok ]
  %f269 = getelementptr i8, ptr %materialized, i64 8
  %p270 = load ptr, ptr %f269, align 8
  %f271 = getelementptr i8, ptr %v121, i64 8
  %p272 = load ptr, ptr %f271, align 8
  %a273 = ptrtoint ptr %p270 to i64
  %eq274 = icmp eq i64 %a273, ptrtoint (ptr @PyLong_Type to i64)
  %a275 = ptrtoint ptr %p272 to i64
  %eq276 = icmp eq i64 %a275, ptrtoint (ptr @PyLong_Type to i64)
  %both277 = and i1 %eq274, %eq276
  br i1 %both277, label %int_test267, label %float_check268

box_float:                                        ; preds = %box_unboxed
  %c218 = call ptr @PyFloat_FromDouble(double %uf124)
  br label %box_made

box_int:                                          ; preds = %box_unboxed
  %biased224 = sub i64 %ui125, -5
  %is_small225 = icmp ult i64 %biased224, 262
  br i1 %is_small225, label %ibox_small220, label %ibox_not_small221

box_made:                                         ; preds = %ibox_done219, %box_float
  %box = phi ptr [ %c218, %box_float ], [ %int_box257, %ibox_done219 ]
  store ptr %box, ptr %s0, align 8
  %box_failed = icmp eq ptr %box, null
  br i1 %box_failed, label %box_failed258, label %box_ok, !prof !0

ibox_done219:                                     ; preds = %ibox_call223, %ibox_init240, %ibox_table228
  %int_box257 = phi ptr [ %fd230, %ibox_table228 ], [ %c238, %ibox_init240 ], [ %c256, %ibox_call223 ]
  br label %box_made

ibox_small220:                                    ; preds = %box_int
  %p226 = load ptr, ptr @rjit_small_ints, align 8
  %have_table227 = icmp ne ptr %p226, null
  br i1 %have_table227, label %ibox_table228, label %ibox_call223, !prof !1

ibox_not_small221:                                ; preds = %box_int
  %shifted233 = add i64 %ui125, 1152921504606846975
  %fits234 = icmp ult i64 %shifted233, 2305843009213693951
  %i235 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced236 = icmp eq i32 %i235, 0
  %inline237 = and i1 %fits234, %untraced236
  br i1 %inline237, label %ibox_alloc222, label %ibox_call223, !prof !1

ibox_alloc222:                                    ; preds = %ibox_not_small221
  %c238 = call ptr @PyObject_Malloc(i64 32)
  %allocated239 = icmp ne ptr %c238, null
  br i1 %allocated239, label %ibox_init240, label %ibox_call223, !prof !1

ibox_call223:                                     ; preds = %ibox_alloc222, %ibox_not_small221, %ibox_small220
  %c256 = call ptr @PyLong_FromLongLong(i64 %ui125)
  br label %ibox_done219

ibox_table228:                                    ; preds = %ibox_small220
  %off229 = mul i64 %biased224, 32
  %fd230 = getelementptr i8, ptr %p226, i64 %off229
  %rc231 = load i64, ptr %fd230, align 4
  %rc1232 = add i64 %rc231, 1
  store i64 %rc1232, ptr %fd230, align 4
  br label %ibox_done219

ibox_init240:                                     ; preds = %ibox_alloc222
  %neg241 = icmp slt i64 %ui125, 0
  %minus242 = sub i64 0, %ui125
  %mag243 = select i1 %neg241, i64 %minus242, i64 %ui125
  %two244 = icmp ugt i64 %mag243, 1073741823
  %ndigits245 = select i1 %two244, i64 2, i64 1
  %minus_n246 = sub i64 0, %ndigits245
  %size247 = select i1 %neg241, i64 %minus_n246, i64 %ndigits245
  %d0248 = and i64 %mag243, 1073741823
  %d1249 = lshr i64 %mag243, 30
  store i64 1, ptr %c238, align 4
  %f250 = getelementptr i8, ptr %c238, i64 8
  store ptr @PyLong_Type, ptr %f250, align 8
  %f251 = getelementptr i8, ptr %c238, i64 16
  store i64 %size247, ptr %f251, align 4
  %digit252 = trunc i64 %d0248 to i32
  %f253 = getelementptr i8, ptr %c238, i64 24
  store i32 %digit252, ptr %f253, align 4
  %digit254 = trunc i64 %d1249 to i32
  %f255 = getelementptr i8, ptr %c238, i64 28
  store i32 %digit254, ptr %f255, align 4
  br label %ibox_done219

box_failed258:                                    ; preds = %box_made
  %v259 = load ptr, ptr %s0, align 8
  %isnull260 = icmp eq ptr %v259, null
  br i1 %isnull260, label %cont261, label %xdec

box_ok:                                           ; preds = %box_made
  br label %boxed

xdec:                                             ; preds = %box_failed258
  %rc262 = load i64, ptr %v259, align 4
  %rc1263 = sub i64 %rc262, 1
  store i64 %rc1263, ptr %v259, align 4
  %dead = icmp eq i64 %rc1263, 0
  br i1 %dead, label %dealloc, label %cont264, !prof !0

cont261:                                          ; preds = %cont264, %box_failed258
  br label %error265

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v259)
  br label %cont264

cont264:                                          ; preds = %dealloc, %xdec
  br label %cont261

error265:                                         ; preds = %cont461, %cont261
  %c266 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 0, i32 1)
  ret ptr %c266

int_test267:                                      ; preds = %boxed
  %f278 = getelementptr i8, ptr %materialized, i64 16
  %size279 = load i64, ptr %f278, align 4
  %size2280 = add i64 %size279, 2
  %compact281 = icmp ule i64 %size2280, 4
  %f282 = getelementptr i8, ptr %materialized, i64 24
  %digit0283 = load i32, ptr %f282, align 4
  %digit0284 = zext i32 %digit0283 to i64
  %f285 = getelementptr i8, ptr %materialized, i64 28
  %digit1286 = load i32, ptr %f285, align 4
  %digit1287 = zext i32 %digit1286 to i64
  %negative288 = icmp slt i64 %size279, 0
  %neg_size289 = sub i64 0, %size279
  %ndigits290 = select i1 %negative288, i64 %neg_size289, i64 %size279
  %two291 = icmp eq i64 %ndigits290, 2
  %hi292 = shl i64 %digit1287, 30
  %hi2293 = select i1 %two291, i64 %hi292, i64 0
  %mag294 = add i64 %digit0284, %hi2293
  %zero295 = icmp eq i64 %size279, 0
  %mag0296 = select i1 %zero295, i64 0, i64 %mag294
  %neg_mag297 = sub i64 0, %mag0296
  %ival298 = select i1 %negative288, i64 %neg_mag297, i64 %mag0296
  %f299 = getelementptr i8, ptr %v121, i64 16
  %size300 = load i64, ptr %f299, align 4
  %size2301 = add i64 %size300, 2
  %compact302 = icmp ule i64 %size2301, 4
  %f303 = getelementptr i8, ptr %v121, i64 24
  %digit0304 = load i32, ptr %f303, align 4
  %digit0305 = zext i32 %digit0304 to i64
  %f306 = getelementptr i8, ptr %v121, i64 28
  %digit1307 = load i32, ptr %f306, align 4
  %digit1308 = zext i32 %digit1307 to i64
  %negative309 = icmp slt i64 %size300, 0
  %neg_size310 = sub i64 0, %size300
  %ndigits311 = select i1 %negative309, i64 %neg_size310, i64 %size300
  %two312 = icmp eq i64 %ndigits311, 2
  %hi313 = shl i64 %digit1308, 30
  %hi2314 = select i1 %two312, i64 %hi313, i64 0
  %mag315 = add i64 %digit0305, %hi2314
  %zero316 = icmp eq i64 %size300, 0
  %mag0317 = select i1 %zero316, i64 0, i64 %mag315
  %neg_mag318 = sub i64 0, %mag0317
  %ival319 = select i1 %negative309, i64 %neg_mag318, i64 %mag0317
  %compact320 = and i1 %compact281, %compact302
  br i1 %compact320, label %int_fast321, label %num_slow129, !prof !1

float_check268:                                   ; preds = %boxed
  %f362 = getelementptr i8, ptr %materialized, i64 8
  %p363 = load ptr, ptr %f362, align 8
  %f364 = getelementptr i8, ptr %v121, i64 8
  %p365 = load ptr, ptr %f364, align 8
  %a366 = ptrtoint ptr %p363 to i64
  %eq367 = icmp eq i64 %a366, ptrtoint (ptr @PyFloat_Type to i64)
  %a368 = ptrtoint ptr %p365 to i64
  %eq369 = icmp eq i64 %a368, ptrtoint (ptr @PyFloat_Type to i64)
  %both370 = and i1 %eq367, %eq369
  br i1 %both370, label %float_fast371, label %mixed_check372, !prof !1

int_fast321:                                      ; preds = %int_test267
  %iadd322 = add nsw i64 %ival298, %ival319
  %biased328 = sub i64 %iadd322, -5
  %is_small329 = icmp ult i64 %biased328, 262
  br i1 %is_small329, label %ibox_small324, label %ibox_not_small325

ibox_done323:                                     ; preds = %ibox_call327, %ibox_init344, %ibox_table332
  %int_box361 = phi ptr [ %fd334, %ibox_table332 ], [ %c342, %ibox_init344 ], [ %c360, %ibox_call327 ]
  br label %num_done128

ibox_small324:                                    ; preds = %int_fast321
  %p330 = load ptr, ptr @rjit_small_ints, align 8
  %have_table331 = icmp ne ptr %p330, null
  br i1 %have_table331, label %ibox_table332, label %ibox_call327, !prof !1

ibox_not_small325:                                ; preds = %int_fast321
  %shifted337 = add i64 %iadd322, 1152921504606846975
  %fits338 = icmp ult i64 %shifted337, 2305843009213693951
  %i339 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced340 = icmp eq i32 %i339, 0
  %inline341 = and i1 %fits338, %untraced340
  br i1 %inline341, label %ibox_alloc326, label %ibox_call327, !prof !1

ibox_alloc326:                                    ; preds = %ibox_not_small325
  %c342 = call ptr @PyObject_Malloc(i64 32)
  %allocated343 = icmp ne ptr %c342, null
  br i1 %allocated343, label %ibox_init344, label %ibox_call327, !prof !1

ibox_call327:                                     ; preds = %ibox_alloc326, %ibox_not_small325, %ibox_small324
  %c360 = call ptr @PyLong_FromLongLong(i64 %iadd322)
  br label %ibox_done323

ibox_table332:                                    ; preds = %ibox_small324
  %off333 = mul i64 %biased328, 32
  %fd334 = getelementptr i8, ptr %p330, i64 %off333
  %rc335 = load i64, ptr %fd334, align 4
  %rc1336 = add i64 %rc335, 1
  store i64 %rc1336, ptr %fd334, align 4
  br label %ibox_done323

ibox_init344:                                     ; preds = %ibox_alloc326
  %neg345 = icmp slt i64 %iadd322, 0
  %minus346 = sub i64 0, %iadd322
  %mag347 = select i1 %neg345, i64 %minus346, i64 %iadd322
  %two348 = icmp ugt i64 %mag347, 1073741823
  %ndigits349 = select i1 %two348, i64 2, i64 1
  %minus_n350 = sub i64 0, %ndigits349
  %size351 = select i1 %neg345, i64 %minus_n350, i64 %ndigits349
  %d0352 = and i64 %mag347, 1073741823
  %d1353 = lshr i64 %mag347, 30
  store i64 1, ptr %c342, align 4
  %f354 = getelementptr i8, ptr %c342, i64 8
  store ptr @PyLong_Type, ptr %f354, align 8
  %f355 = getelementptr i8, ptr %c342, i64 16
  store i64 %size351, ptr %f355, align 4
  %digit356 = trunc i64 %d0352 to i32
  %f357 = getelementptr i8, ptr %c342, i64 24
  store i32 %digit356, ptr %f357, align 4
  %digit358 = trunc i64 %d1353 to i32
  %f359 = getelementptr i8, ptr %c342, i64 28
  store i32 %digit358, ptr %f359, align 4
  br label %ibox_done323

float_fast371:                                    ; preds = %float_check268
  %f373 = getelementptr i8, ptr %materialized, i64 16
  %fval374 = load double, ptr %f373, align 8
  %f375 = getelementptr i8, ptr %v121, i64 16
  %fval376 = load double, ptr %f375, align 8
  %fadd377 = fadd double %fval374, %fval376
  %rc379 = load i64, ptr %materialized, align 4
  %only = icmp eq i64 %rc379, 1
  br i1 %only, label %fbox_operand, label %fbox_next

mixed_check372:                                   ; preds = %float_check268
  %f385 = getelementptr i8, ptr %materialized, i64 8
  %p386 = load ptr, ptr %f385, align 8
  %a387 = ptrtoint ptr %p386 to i64
  %eq388 = icmp eq i64 %a387, ptrtoint (ptr @PyFloat_Type to i64)
  %a389 = ptrtoint ptr %p386 to i64
  %eq390 = icmp eq i64 %a389, ptrtoint (ptr @PyLong_Type to i64)
  %f391 = getelementptr i8, ptr %v121, i64 8
  %p392 = load ptr, ptr %f391, align 8
  %a393 = ptrtoint ptr %p392 to i64
  %eq394 = icmp eq i64 %a393, ptrtoint (ptr @PyFloat_Type to i64)
  %a395 = ptrtoint ptr %p392 to i64
  %eq396 = icmp eq i64 %a395, ptrtoint (ptr @PyLong_Type to i64)
  %float_first397 = and i1 %eq388, %eq396
  %int_first398 = and i1 %eq390, %eq394
  %mixed399 = or i1 %float_first397, %int_first398
  br i1 %mixed399, label %mixed400, label %num_slow129, !prof !1

fbox_done378:                                     ; preds = %fbox_next, %fbox_operand
  %fbox384 = phi ptr [ %materialized, %fbox_operand ], [ %c383, %fbox_next ]
  br label %num_done128

fbox_operand:                                     ; preds = %float_fast371
  %f380 = getelementptr i8, ptr %materialized, i64 16
  store double %fadd377, ptr %f380, align 8
  %rc381 = load i64, ptr %materialized, align 4
  %rc1382 = add i64 %rc381, 1
  store i64 %rc1382, ptr %materialized, align 4
  br label %fbox_done378

fbox_next:                                        ; preds = %float_fast371
  %c383 = call ptr @PyFloat_FromDouble(double %fadd377)
  br label %fbox_done378

mixed400:                                         ; preds = %mixed_check372
  %int_operand401 = select i1 %float_first397, ptr %v121, ptr %materialized
  %float_operand402 = select i1 %float_first397, ptr %materialized, ptr %v121
  %f403 = getelementptr i8, ptr %int_operand401, i64 16
  %size404 = load i64, ptr %f403, align 4
  %size2405 = add i64 %size404, 2
  %compact406 = icmp ule i64 %size2405, 4
  %f407 = getelementptr i8, ptr %int_operand401, i64 24
  %digit0408 = load i32, ptr %f407, align 4
  %digit0409 = zext i32 %digit0408 to i64
  %f410 = getelementptr i8, ptr %int_operand401, i64 28
  %digit1411 = load i32, ptr %f410, align 4
  %digit1412 = zext i32 %digit1411 to i64
  %negative413 = icmp slt i64 %size404, 0
  %neg_size414 = sub i64 0, %size404
  %ndigits415 = select i1 %negative413, i64 %neg_size414, i64 %size404
  %two416 = icmp eq i64 %ndigits415, 2
  %hi417 = shl i64 %digit1412, 30
  %hi2418 = select i1 %two416, i64 %hi417, i64 0
  %mag419 = add i64 %digit0409, %hi2418
  %zero420 = icmp eq i64 %size404, 0
  %mag0421 = select i1 %zero420, i64 0, i64 %mag419
  %neg_mag422 = sub i64 0, %mag0421
  %ival423 = select i1 %negative413, i64 %neg_mag422, i64 %mag0421
  br i1 %compact406, label %mixed_fast424, label %num_slow129, !prof !1

mixed_fast424:                                    ; preds = %mixed400
  %itof425 = sitofp i64 %ival423 to double
  %f426 = getelementptr i8, ptr %float_operand402, i64 16
  %fval427 = load double, ptr %f426, align 8
  %x428 = select i1 %float_first397, double %fval427, double %itof425
  %y429 = select i1 %float_first397, double %itof425, double %fval427
  %fadd430 = fadd double %x428, %y429
  br label %float_result

fbox_done431:                                     ; preds = %fbox_next439, %fbox_operand438
  %fbox444 = phi ptr [ %materialized, %fbox_operand438 ], [ %c443, %fbox_next439 ]
  br label %num_done128

fbox_operand438:                                  ; preds = %float_result
  %f440 = getelementptr i8, ptr %materialized, i64 16
  store double %fres, ptr %f440, align 8
  %rc441 = load i64, ptr %materialized, align 4
  %rc1442 = add i64 %rc441, 1
  store i64 %rc1442, ptr %materialized, align 4
  br label %fbox_done431

fbox_next439:                                     ; preds = %float_result
  %c443 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done431

operator_dunder451:                               ; preds = %num_slow129
  %c454 = call ptr @rjit_binary_dunder(ptr %0, ptr %materialized, ptr %v121, i32 0)
  br label %operator_done453

operator_c452:                                    ; preds = %num_slow129
  %c455 = call ptr @PyNumber_Add(ptr %materialized, ptr %v121)
  br label %operator_done453

operator_done453:                                 ; preds = %operator_c452, %operator_dunder451
  %number456 = phi ptr [ %c454, %operator_dunder451 ], [ %c455, %operator_c452 ]
  br label %num_done128

xdec460:                                          ; preds = %num_done128
  %rc462 = load i64, ptr %v458, align 4
  %rc1463 = sub i64 %rc462, 1
  store i64 %rc1463, ptr %v458, align 4
  %dead464 = icmp eq i64 %rc1463, 0
  br i1 %dead464, label %dealloc465, label %cont466, !prof !0

cont461:                                          ; preds = %cont466, %num_done128
  %isnull468 = icmp eq ptr %res457, null
  br i1 %isnull468, label %error265, label %ok467, !prof !0

dealloc465:                                       ; preds = %xdec460
  call void @_Py_Dealloc(ptr %v458)
  br label %cont466

cont466:                                          ; preds = %dealloc465, %xdec460
  br label %cont461

ok467:                                            ; preds = %cont461
  store ptr %res457, ptr %s0, align 8
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

declare ptr @PyObject_Malloc(i64)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare void @_Py_Dealloc(ptr)

declare ptr @PyNumber_Add(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
