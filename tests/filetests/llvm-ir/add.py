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
  %c = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed = icmp ne i32 %c, 0
  br i1 %enter_failed, label %recursion_error, label %i0

i0:                                               ; preds = %entry
  %f4 = getelementptr i8, ptr %0, i64 16
  %p5 = load ptr, ptr %f4, align 8
  %f6 = getelementptr i8, ptr %p5, i64 100
  %eval_breaker = load volatile i32, ptr %f6, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker7, label %cont

i1:                                               ; preds = %cont
  %f11 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f11, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i2:                                               ; preds = %bound
  %f16 = getelementptr i8, ptr %1, i64 80
  %local17 = load ptr, ptr %f16, align 8
  %isnull20 = icmp eq ptr %local17, null
  br i1 %isnull20, label %unbound18, label %bound19

i3:                                               ; preds = %bound19
  %v28 = load ptr, ptr %s1, align 8
  %v29 = load ptr, ptr %s0, align 8
  %f30 = getelementptr i8, ptr %f1, i64 6
  %f31 = getelementptr i8, ptr %1, i64 56
  store ptr %f30, ptr %f31, align 8
  %f32 = getelementptr i8, ptr %v29, i64 8
  %p33 = load ptr, ptr %f32, align 8
  %f34 = getelementptr i8, ptr %v28, i64 8
  %p35 = load ptr, ptr %f34, align 8
  %a = ptrtoint ptr %p33 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a36 = ptrtoint ptr %p35 to i64
  %eq37 = icmp eq i64 %a36, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq37
  br i1 %both, label %int_test, label %float_check

i5:                                               ; preds = %ok
  %v75 = load ptr, ptr %s0, align 8
  %f76 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f76, align 4
  %f77 = getelementptr i8, ptr %f1, i64 10
  %f78 = getelementptr i8, ptr %1, i64 56
  store ptr %f77, ptr %f78, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v75

recursion_error:                                  ; preds = %entry
  ret ptr null

eval_breaker7:                                    ; preds = %i0
  %c8 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c8, label %deopt [
    i32 0, label %cont
    i32 -1, label %error
  ]

cont:                                             ; preds = %eval_breaker7, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker7
  %c9 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c9

error:                                            ; preds = %eval_breaker7
  %c10 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c10

unbound:                                          ; preds = %i1
  %f12 = getelementptr i8, ptr %f1, i64 2
  %f13 = getelementptr i8, ptr %1, i64 56
  store ptr %f12, ptr %f13, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error14

bound:                                            ; preds = %i1
  %rc = load i64, ptr %local, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i2

error14:                                          ; preds = %unbound
  %c15 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 1)
  ret ptr %c15

unbound18:                                        ; preds = %i2
  %f21 = getelementptr i8, ptr %f1, i64 4
  %f22 = getelementptr i8, ptr %1, i64 56
  store ptr %f21, ptr %f22, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 1)
  br label %error23

bound19:                                          ; preds = %i2
  %rc26 = load i64, ptr %local17, align 4
  %rc127 = add i64 %rc26, 1
  store i64 %rc127, ptr %local17, align 4
  store ptr %local17, ptr %s1, align 8
  br label %i3

error23:                                          ; preds = %unbound18
  %v = load ptr, ptr %s0, align 8
  %f24 = getelementptr i8, ptr %1, i64 88
  store ptr %v, ptr %f24, align 8
  %c25 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 1, i32 1)
  ret ptr %c25

num_done:                                         ; preds = %num_slow, %float_fast, %int_fast
  %res = phi ptr [ %c49, %int_fast ], [ %c62, %float_fast ], [ %c63, %num_slow ]
  %rc64 = load i64, ptr %v29, align 4
  %rc165 = sub i64 %rc64, 1
  store i64 %rc165, ptr %v29, align 4
  %dead = icmp eq i64 %rc165, 0
  br i1 %dead, label %dealloc, label %cont66

num_slow:                                         ; preds = %float_check, %int_test
  %c63 = call ptr @PyNumber_Add(ptr %v29, ptr %v28)
  br label %num_done

int_test:                                         ; preds = %i3
  %f38 = getelementptr i8, ptr %v29, i64 16
  %size = load i64, ptr %f38, align 4
  %size1 = add i64 %size, 1
  %compact = icmp ule i64 %size1, 2
  %f39 = getelementptr i8, ptr %v29, i64 24
  %digit = load i32, ptr %f39, align 4
  %digit64 = zext i32 %digit to i64
  %ival = mul i64 %size, %digit64
  %f40 = getelementptr i8, ptr %v28, i64 16
  %size41 = load i64, ptr %f40, align 4
  %size142 = add i64 %size41, 1
  %compact43 = icmp ule i64 %size142, 2
  %f44 = getelementptr i8, ptr %v28, i64 24
  %digit45 = load i32, ptr %f44, align 4
  %digit6446 = zext i32 %digit45 to i64
  %ival47 = mul i64 %size41, %digit6446
  %compact48 = and i1 %compact, %compact43
  br i1 %compact48, label %int_fast, label %num_slow

float_check:                                      ; preds = %i3
  %f50 = getelementptr i8, ptr %v29, i64 8
  %p51 = load ptr, ptr %f50, align 8
  %f52 = getelementptr i8, ptr %v28, i64 8
  %p53 = load ptr, ptr %f52, align 8
  %a54 = ptrtoint ptr %p51 to i64
  %eq55 = icmp eq i64 %a54, ptrtoint (ptr @PyFloat_Type to i64)
  %a56 = ptrtoint ptr %p53 to i64
  %eq57 = icmp eq i64 %a56, ptrtoint (ptr @PyFloat_Type to i64)
  %both58 = and i1 %eq55, %eq57
  br i1 %both58, label %float_fast, label %num_slow

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival47
  %c49 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f59 = getelementptr i8, ptr %v29, i64 16
  %fval = load double, ptr %f59, align 8
  %f60 = getelementptr i8, ptr %v28, i64 16
  %fval61 = load double, ptr %f60, align 8
  %fadd = fadd double %fval, %fval61
  %c62 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %num_done

dealloc:                                          ; preds = %num_done
  call void @_Py_Dealloc(ptr %v29)
  br label %cont66

cont66:                                           ; preds = %dealloc, %num_done
  %rc67 = load i64, ptr %v28, align 4
  %rc168 = sub i64 %rc67, 1
  store i64 %rc168, ptr %v28, align 4
  %dead69 = icmp eq i64 %rc168, 0
  br i1 %dead69, label %dealloc70, label %cont71

dealloc70:                                        ; preds = %cont66
  call void @_Py_Dealloc(ptr %v28)
  br label %cont71

cont71:                                           ; preds = %dealloc70, %cont66
  %isnull74 = icmp eq ptr %res, null
  br i1 %isnull74, label %error72, label %ok

error72:                                          ; preds = %cont71
  %c73 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c73

ok:                                               ; preds = %cont71
  store ptr %res, ptr %s0, align 8
  br label %i5
}

declare i32 @rjit_enter(ptr, ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @PyNumber_Add(ptr, ptr)

declare void @_Py_Dealloc(ptr)

declare void @rjit_leave(ptr, ptr)
