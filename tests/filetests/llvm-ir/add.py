# test: llvm-ir
def f(a, b):
    return a + b
# run: f(1, 2)
# run: f("x", "y")
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

i5:                                               ; preds = %ok
  %v119 = load ptr, ptr %s0, align 8
  %f120 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f120, align 4
  %f121 = getelementptr i8, ptr %f2, i64 10
  %f122 = getelementptr i8, ptr %1, i64 56
  store ptr %f121, ptr %f122, align 8
  %f123 = getelementptr i8, ptr %0, i64 56
  %p124 = load ptr, ptr %f123, align 8
  %f125 = getelementptr i8, ptr %1, i64 48
  %p126 = load ptr, ptr %f125, align 8
  %f127 = getelementptr i8, ptr %p124, i64 8
  store ptr %p126, ptr %f127, align 8
  %f128 = getelementptr i8, ptr %0, i64 32
  %rem129 = load i32, ptr %f128, align 4
  %rem1130 = add i32 %rem129, 1
  store i32 %rem1130, ptr %f128, align 4
  ret ptr %v119

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

num_done:                                         ; preds = %operator_done, %fbox_done109, %fbox_done, %int_fast
  %res = phi ptr [ %c58, %int_fast ], [ %fbox, %fbox_done ], [ %fbox111, %fbox_done109 ], [ %number, %operator_done ]
  %isnull = icmp eq ptr %res, null
  br i1 %isnull, label %error117, label %ok, !prof !0

num_slow:                                         ; preds = %mixed84, %mixed_check, %int_test
  %f112 = getelementptr i8, ptr %v22, i64 8
  %p113 = load ptr, ptr %f112, align 8
  %f114 = getelementptr i8, ptr %p113, i64 168
  %i = load i64, ptr %f114, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %operator_dunder, label %operator_c

float_result:                                     ; preds = %mixed_fast
  %fres = phi double [ %fadd108, %mixed_fast ]
  %c110 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done109

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
  %f59 = getelementptr i8, ptr %v22, i64 8
  %p60 = load ptr, ptr %f59, align 8
  %f61 = getelementptr i8, ptr %v, i64 8
  %p62 = load ptr, ptr %f61, align 8
  %a63 = ptrtoint ptr %p60 to i64
  %eq64 = icmp eq i64 %a63, ptrtoint (ptr @PyFloat_Type to i64)
  %a65 = ptrtoint ptr %p62 to i64
  %eq66 = icmp eq i64 %a65, ptrtoint (ptr @PyFloat_Type to i64)
  %both67 = and i1 %eq64, %eq66
  br i1 %both67, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival56
  %c58 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f68 = getelementptr i8, ptr %v22, i64 16
  %fval = load double, ptr %f68, align 8
  %f69 = getelementptr i8, ptr %v, i64 16
  %fval70 = load double, ptr %f69, align 8
  %fadd = fadd double %fval, %fval70
  %c71 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

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

fbox_done:                                        ; preds = %float_fast
  %fbox = phi ptr [ %c71, %float_fast ]
  br label %num_done

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
  %fadd108 = fadd double %x, %y
  br label %float_result

fbox_done109:                                     ; preds = %float_result
  %fbox111 = phi ptr [ %c110, %float_result ]
  br label %num_done

operator_dunder:                                  ; preds = %num_slow
  %c115 = call ptr @rjit_binary_dunder(ptr %0, ptr %v22, ptr %v, i32 0)
  br label %operator_done

operator_c:                                       ; preds = %num_slow
  %c116 = call ptr @PyNumber_Add(ptr %v22, ptr %v)
  br label %operator_done

operator_done:                                    ; preds = %operator_c, %operator_dunder
  %number = phi ptr [ %c115, %operator_dunder ], [ %c116, %operator_c ]
  br label %num_done

error117:                                         ; preds = %num_done
  %c118 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c118

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

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
