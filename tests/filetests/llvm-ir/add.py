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
  %s1 = alloca ptr, align 8
  %scratch = alloca ptr, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f1 = getelementptr i8, ptr %p, i64 184
  %f2 = getelementptr i8, ptr %2, i64 8
  %p3 = load ptr, ptr %f2, align 8
  %f4 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f4, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f4, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %recursion_check, label %link

i0:                                               ; preds = %link
  %f11 = getelementptr i8, ptr %0, i64 16
  %p12 = load ptr, ptr %f11, align 8
  %f13 = getelementptr i8, ptr %p12, i64 100
  %eval_breaker = load volatile i32, ptr %f13, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker14, label %cont, !prof !0

i1:                                               ; preds = %cont
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
  %f22 = getelementptr i8, ptr %f1, i64 6
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
  br i1 %both, label %int_test, label %float_check

i5:                                               ; preds = %ok
  %v114 = load ptr, ptr %s0, align 8
  %f115 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f115, align 4
  %f116 = getelementptr i8, ptr %f1, i64 10
  %f117 = getelementptr i8, ptr %1, i64 56
  store ptr %f116, ptr %f117, align 8
  %f118 = getelementptr i8, ptr %0, i64 56
  %p119 = load ptr, ptr %f118, align 8
  %f120 = getelementptr i8, ptr %1, i64 48
  %p121 = load ptr, ptr %f120, align 8
  %f122 = getelementptr i8, ptr %p119, i64 8
  store ptr %p121, ptr %f122, align 8
  %f123 = getelementptr i8, ptr %0, i64 32
  %rem124 = load i32, ptr %f123, align 4
  %rem1125 = add i32 %rem124, 1
  store i32 %rem1125, ptr %f123, align 4
  ret ptr %v114

recursion_check:                                  ; preds = %entry
  %c = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c, 0
  br i1 %too_deep, label %recursion_error, label %link

link:                                             ; preds = %recursion_check, %entry
  %f5 = getelementptr i8, ptr %0, i64 56
  %p6 = load ptr, ptr %f5, align 8
  %f7 = getelementptr i8, ptr %p6, i64 8
  %p8 = load ptr, ptr %f7, align 8
  %f9 = getelementptr i8, ptr %1, i64 48
  store ptr %p8, ptr %f9, align 8
  %f10 = getelementptr i8, ptr %p6, i64 8
  store ptr %1, ptr %f10, align 8
  br label %i0

recursion_error:                                  ; preds = %recursion_check
  ret ptr null

eval_breaker14:                                   ; preds = %i0
  %c15 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c15, label %deopt [
    i32 0, label %cont
    i32 -1, label %error
  ]

cont:                                             ; preds = %eval_breaker14, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker14
  %c16 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c16

error:                                            ; preds = %eval_breaker14
  %c17 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c17

num_done:                                         ; preds = %num_slow, %fbox_done108, %fbox_done, %int_fast
  %res = phi ptr [ %c57, %int_fast ], [ %fbox, %fbox_done ], [ %fbox110, %fbox_done108 ], [ %c111, %num_slow ]
  %isnull = icmp eq ptr %res, null
  br i1 %isnull, label %error112, label %ok, !prof !0

num_slow:                                         ; preds = %mixed83, %mixed_check, %int_test
  %c111 = call ptr @PyNumber_Add(ptr %v21, ptr %v)
  br label %num_done

float_result:                                     ; preds = %mixed_fast
  %fres = phi double [ %fadd107, %mixed_fast ]
  %c109 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done108

int_test:                                         ; preds = %i3
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
  br i1 %compact56, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %i3
  %f58 = getelementptr i8, ptr %v21, i64 8
  %p59 = load ptr, ptr %f58, align 8
  %f60 = getelementptr i8, ptr %v, i64 8
  %p61 = load ptr, ptr %f60, align 8
  %a62 = ptrtoint ptr %p59 to i64
  %eq63 = icmp eq i64 %a62, ptrtoint (ptr @PyFloat_Type to i64)
  %a64 = ptrtoint ptr %p61 to i64
  %eq65 = icmp eq i64 %a64, ptrtoint (ptr @PyFloat_Type to i64)
  %both66 = and i1 %eq63, %eq65
  br i1 %both66, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival55
  %c57 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f67 = getelementptr i8, ptr %v21, i64 16
  %fval = load double, ptr %f67, align 8
  %f68 = getelementptr i8, ptr %v, i64 16
  %fval69 = load double, ptr %f68, align 8
  %fadd = fadd double %fval, %fval69
  %c70 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

mixed_check:                                      ; preds = %float_check
  %f71 = getelementptr i8, ptr %v21, i64 8
  %p72 = load ptr, ptr %f71, align 8
  %a73 = ptrtoint ptr %p72 to i64
  %eq74 = icmp eq i64 %a73, ptrtoint (ptr @PyFloat_Type to i64)
  %a75 = ptrtoint ptr %p72 to i64
  %eq76 = icmp eq i64 %a75, ptrtoint (ptr @PyLong_Type to i64)
  %f77 = getelementptr i8, ptr %v, i64 8
  %p78 = load ptr, ptr %f77, align 8
  %a79 = ptrtoint ptr %p78 to i64
  %eq80 = icmp eq i64 %a79, ptrtoint (ptr @PyFloat_Type to i64)
  %a81 = ptrtoint ptr %p78 to i64
  %eq82 = icmp eq i64 %a81, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq74, %eq82
  %int_first = and i1 %eq76, %eq80
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed83, label %num_slow, !prof !1

fbox_done:                                        ; preds = %float_fast
  %fbox = phi ptr [ %c70, %float_fast ]
  br label %num_done

mixed83:                                          ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %v21
  %float_operand = select i1 %float_first, ptr %v21, ptr %v
  %f84 = getelementptr i8, ptr %int_operand, i64 16
  %size85 = load i64, ptr %f84, align 4
  %size286 = add i64 %size85, 2
  %compact87 = icmp ule i64 %size286, 4
  %f88 = getelementptr i8, ptr %int_operand, i64 24
  %digit089 = load i32, ptr %f88, align 4
  %digit090 = zext i32 %digit089 to i64
  %f91 = getelementptr i8, ptr %int_operand, i64 28
  %digit192 = load i32, ptr %f91, align 4
  %digit193 = zext i32 %digit192 to i64
  %negative94 = icmp slt i64 %size85, 0
  %neg_size95 = sub i64 0, %size85
  %ndigits96 = select i1 %negative94, i64 %neg_size95, i64 %size85
  %two97 = icmp eq i64 %ndigits96, 2
  %hi98 = shl i64 %digit193, 30
  %hi299 = select i1 %two97, i64 %hi98, i64 0
  %mag100 = add i64 %digit090, %hi299
  %zero101 = icmp eq i64 %size85, 0
  %mag0102 = select i1 %zero101, i64 0, i64 %mag100
  %neg_mag103 = sub i64 0, %mag0102
  %ival104 = select i1 %negative94, i64 %neg_mag103, i64 %mag0102
  br i1 %compact87, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed83
  %itof = sitofp i64 %ival104 to double
  %f105 = getelementptr i8, ptr %float_operand, i64 16
  %fval106 = load double, ptr %f105, align 8
  %x = select i1 %float_first, double %fval106, double %itof
  %y = select i1 %float_first, double %itof, double %fval106
  %fadd107 = fadd double %x, %y
  br label %float_result

fbox_done108:                                     ; preds = %float_result
  %fbox110 = phi ptr [ %c109, %float_result ]
  br label %num_done

error112:                                         ; preds = %num_done
  %c113 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c113

ok:                                               ; preds = %num_done
  store ptr %res, ptr %s0, align 8
  br label %i5
}

declare i32 @rjit_recursion_check(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @PyNumber_Add(ptr, ptr)

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
