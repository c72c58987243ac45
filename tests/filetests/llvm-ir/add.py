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
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound, !prof !0

i2:                                               ; preds = %bound
  %f23 = getelementptr i8, ptr %1, i64 80
  %local24 = load ptr, ptr %f23, align 8
  %isnull27 = icmp eq ptr %local24, null
  br i1 %isnull27, label %unbound25, label %bound26, !prof !0

i3:                                               ; preds = %bound26
  %v34 = load ptr, ptr %s1, align 8
  %v35 = load ptr, ptr %s0, align 8
  %f36 = getelementptr i8, ptr %f1, i64 6
  %f37 = getelementptr i8, ptr %1, i64 56
  store ptr %f36, ptr %f37, align 8
  %f38 = getelementptr i8, ptr %v35, i64 8
  %p39 = load ptr, ptr %f38, align 8
  %f40 = getelementptr i8, ptr %v34, i64 8
  %p41 = load ptr, ptr %f40, align 8
  %a = ptrtoint ptr %p39 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a42 = ptrtoint ptr %p41 to i64
  %eq43 = icmp eq i64 %a42, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq43
  br i1 %both, label %int_test, label %float_check

i5:                                               ; preds = %ok
  %v129 = load ptr, ptr %s0, align 8
  %f130 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f130, align 4
  %f131 = getelementptr i8, ptr %f1, i64 10
  %f132 = getelementptr i8, ptr %1, i64 56
  store ptr %f131, ptr %f132, align 8
  %f133 = getelementptr i8, ptr %0, i64 56
  %p134 = load ptr, ptr %f133, align 8
  %f135 = getelementptr i8, ptr %1, i64 48
  %p136 = load ptr, ptr %f135, align 8
  %f137 = getelementptr i8, ptr %p134, i64 8
  store ptr %p136, ptr %f137, align 8
  %f138 = getelementptr i8, ptr %0, i64 32
  %rem139 = load i32, ptr %f138, align 4
  %rem1140 = add i32 %rem139, 1
  store i32 %rem1140, ptr %f138, align 4
  ret ptr %v129

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

unbound:                                          ; preds = %i1
  %f19 = getelementptr i8, ptr %f1, i64 2
  %f20 = getelementptr i8, ptr %1, i64 56
  store ptr %f19, ptr %f20, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error21

bound:                                            ; preds = %i1
  store ptr %local, ptr %s0, align 8
  br label %i2

error21:                                          ; preds = %unbound
  %c22 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 1)
  ret ptr %c22

unbound25:                                        ; preds = %i2
  %v = load ptr, ptr %s0, align 8
  %rc = load i64, ptr %v, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %f28 = getelementptr i8, ptr %f1, i64 4
  %f29 = getelementptr i8, ptr %1, i64 56
  store ptr %f28, ptr %f29, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 1)
  br label %error30

bound26:                                          ; preds = %i2
  store ptr %local24, ptr %s1, align 8
  br label %i3

error30:                                          ; preds = %unbound25
  %v31 = load ptr, ptr %s0, align 8
  %f32 = getelementptr i8, ptr %1, i64 88
  store ptr %v31, ptr %f32, align 8
  %c33 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 1, i32 1)
  ret ptr %c33

num_done:                                         ; preds = %num_slow, %fbox_done122, %fbox_done, %int_fast
  %res = phi ptr [ %c71, %int_fast ], [ %fbox, %fbox_done ], [ %fbox124, %fbox_done122 ], [ %c125, %num_slow ]
  %isnull128 = icmp eq ptr %res, null
  br i1 %isnull128, label %error126, label %ok, !prof !0

num_slow:                                         ; preds = %mixed97, %mixed_check, %int_test
  %c125 = call ptr @PyNumber_Add(ptr %v35, ptr %v34)
  br label %num_done

float_result:                                     ; preds = %mixed_fast
  %fres = phi double [ %fadd121, %mixed_fast ]
  %c123 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done122

int_test:                                         ; preds = %i3
  %f44 = getelementptr i8, ptr %v35, i64 16
  %size = load i64, ptr %f44, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f45 = getelementptr i8, ptr %v35, i64 24
  %digit0 = load i32, ptr %f45, align 4
  %digit046 = zext i32 %digit0 to i64
  %f47 = getelementptr i8, ptr %v35, i64 28
  %digit1 = load i32, ptr %f47, align 4
  %digit148 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit148, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit046, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f49 = getelementptr i8, ptr %v34, i64 16
  %size50 = load i64, ptr %f49, align 4
  %size251 = add i64 %size50, 2
  %compact52 = icmp ule i64 %size251, 4
  %f53 = getelementptr i8, ptr %v34, i64 24
  %digit054 = load i32, ptr %f53, align 4
  %digit055 = zext i32 %digit054 to i64
  %f56 = getelementptr i8, ptr %v34, i64 28
  %digit157 = load i32, ptr %f56, align 4
  %digit158 = zext i32 %digit157 to i64
  %negative59 = icmp slt i64 %size50, 0
  %neg_size60 = sub i64 0, %size50
  %ndigits61 = select i1 %negative59, i64 %neg_size60, i64 %size50
  %two62 = icmp eq i64 %ndigits61, 2
  %hi63 = shl i64 %digit158, 30
  %hi264 = select i1 %two62, i64 %hi63, i64 0
  %mag65 = add i64 %digit055, %hi264
  %zero66 = icmp eq i64 %size50, 0
  %mag067 = select i1 %zero66, i64 0, i64 %mag65
  %neg_mag68 = sub i64 0, %mag067
  %ival69 = select i1 %negative59, i64 %neg_mag68, i64 %mag067
  %compact70 = and i1 %compact, %compact52
  br i1 %compact70, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %i3
  %f72 = getelementptr i8, ptr %v35, i64 8
  %p73 = load ptr, ptr %f72, align 8
  %f74 = getelementptr i8, ptr %v34, i64 8
  %p75 = load ptr, ptr %f74, align 8
  %a76 = ptrtoint ptr %p73 to i64
  %eq77 = icmp eq i64 %a76, ptrtoint (ptr @PyFloat_Type to i64)
  %a78 = ptrtoint ptr %p75 to i64
  %eq79 = icmp eq i64 %a78, ptrtoint (ptr @PyFloat_Type to i64)
  %both80 = and i1 %eq77, %eq79
  br i1 %both80, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival69
  %c71 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f81 = getelementptr i8, ptr %v35, i64 16
  %fval = load double, ptr %f81, align 8
  %f82 = getelementptr i8, ptr %v34, i64 16
  %fval83 = load double, ptr %f82, align 8
  %fadd = fadd double %fval, %fval83
  %c84 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

mixed_check:                                      ; preds = %float_check
  %f85 = getelementptr i8, ptr %v35, i64 8
  %p86 = load ptr, ptr %f85, align 8
  %a87 = ptrtoint ptr %p86 to i64
  %eq88 = icmp eq i64 %a87, ptrtoint (ptr @PyFloat_Type to i64)
  %a89 = ptrtoint ptr %p86 to i64
  %eq90 = icmp eq i64 %a89, ptrtoint (ptr @PyLong_Type to i64)
  %f91 = getelementptr i8, ptr %v34, i64 8
  %p92 = load ptr, ptr %f91, align 8
  %a93 = ptrtoint ptr %p92 to i64
  %eq94 = icmp eq i64 %a93, ptrtoint (ptr @PyFloat_Type to i64)
  %a95 = ptrtoint ptr %p92 to i64
  %eq96 = icmp eq i64 %a95, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq88, %eq96
  %int_first = and i1 %eq90, %eq94
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed97, label %num_slow, !prof !1

fbox_done:                                        ; preds = %float_fast
  %fbox = phi ptr [ %c84, %float_fast ]
  br label %num_done

mixed97:                                          ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %v34, ptr %v35
  %float_operand = select i1 %float_first, ptr %v35, ptr %v34
  %f98 = getelementptr i8, ptr %int_operand, i64 16
  %size99 = load i64, ptr %f98, align 4
  %size2100 = add i64 %size99, 2
  %compact101 = icmp ule i64 %size2100, 4
  %f102 = getelementptr i8, ptr %int_operand, i64 24
  %digit0103 = load i32, ptr %f102, align 4
  %digit0104 = zext i32 %digit0103 to i64
  %f105 = getelementptr i8, ptr %int_operand, i64 28
  %digit1106 = load i32, ptr %f105, align 4
  %digit1107 = zext i32 %digit1106 to i64
  %negative108 = icmp slt i64 %size99, 0
  %neg_size109 = sub i64 0, %size99
  %ndigits110 = select i1 %negative108, i64 %neg_size109, i64 %size99
  %two111 = icmp eq i64 %ndigits110, 2
  %hi112 = shl i64 %digit1107, 30
  %hi2113 = select i1 %two111, i64 %hi112, i64 0
  %mag114 = add i64 %digit0104, %hi2113
  %zero115 = icmp eq i64 %size99, 0
  %mag0116 = select i1 %zero115, i64 0, i64 %mag114
  %neg_mag117 = sub i64 0, %mag0116
  %ival118 = select i1 %negative108, i64 %neg_mag117, i64 %mag0116
  br i1 %compact101, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed97
  %itof = sitofp i64 %ival118 to double
  %f119 = getelementptr i8, ptr %float_operand, i64 16
  %fval120 = load double, ptr %f119, align 8
  %x = select i1 %float_first, double %fval120, double %itof
  %y = select i1 %float_first, double %itof, double %fval120
  %fadd121 = fadd double %x, %y
  br label %float_result

fbox_done122:                                     ; preds = %float_result
  %fbox124 = phi ptr [ %c123, %float_result ]
  br label %num_done

error126:                                         ; preds = %num_done
  %c127 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c127

ok:                                               ; preds = %num_done
  store ptr %res, ptr %s0, align 8
  br label %i5
}

declare i32 @rjit_recursion_check(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @PyNumber_Add(ptr, ptr)

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
