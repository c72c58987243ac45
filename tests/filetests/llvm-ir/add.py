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
  br i1 %eb, label %eval_breaker14, label %cont

i1:                                               ; preds = %cont
  %f18 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f18, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i2:                                               ; preds = %bound
  %f23 = getelementptr i8, ptr %1, i64 80
  %local24 = load ptr, ptr %f23, align 8
  %isnull27 = icmp eq ptr %local24, null
  br i1 %isnull27, label %unbound25, label %bound26

i3:                                               ; preds = %bound26
  %v35 = load ptr, ptr %s1, align 8
  %v36 = load ptr, ptr %s0, align 8
  %f37 = getelementptr i8, ptr %f1, i64 6
  %f38 = getelementptr i8, ptr %1, i64 56
  store ptr %f37, ptr %f38, align 8
  %f39 = getelementptr i8, ptr %v36, i64 8
  %p40 = load ptr, ptr %f39, align 8
  %f41 = getelementptr i8, ptr %v35, i64 8
  %p42 = load ptr, ptr %f41, align 8
  %a = ptrtoint ptr %p40 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a43 = ptrtoint ptr %p42 to i64
  %eq44 = icmp eq i64 %a43, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq44
  br i1 %both, label %int_test, label %float_check

i5:                                               ; preds = %ok
  %v82 = load ptr, ptr %s0, align 8
  %f83 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f83, align 4
  %f84 = getelementptr i8, ptr %f1, i64 10
  %f85 = getelementptr i8, ptr %1, i64 56
  store ptr %f84, ptr %f85, align 8
  %f86 = getelementptr i8, ptr %0, i64 56
  %p87 = load ptr, ptr %f86, align 8
  %f88 = getelementptr i8, ptr %1, i64 48
  %p89 = load ptr, ptr %f88, align 8
  %f90 = getelementptr i8, ptr %p87, i64 8
  store ptr %p89, ptr %f90, align 8
  %f91 = getelementptr i8, ptr %0, i64 32
  %rem92 = load i32, ptr %f91, align 4
  %rem193 = add i32 %rem92, 1
  store i32 %rem193, ptr %f91, align 4
  ret ptr %v82

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
  %rc = load i64, ptr %local, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i2

error21:                                          ; preds = %unbound
  %c22 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 1)
  ret ptr %c22

unbound25:                                        ; preds = %i2
  %f28 = getelementptr i8, ptr %f1, i64 4
  %f29 = getelementptr i8, ptr %1, i64 56
  store ptr %f28, ptr %f29, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 1)
  br label %error30

bound26:                                          ; preds = %i2
  %rc33 = load i64, ptr %local24, align 4
  %rc134 = add i64 %rc33, 1
  store i64 %rc134, ptr %local24, align 4
  store ptr %local24, ptr %s1, align 8
  br label %i3

error30:                                          ; preds = %unbound25
  %v = load ptr, ptr %s0, align 8
  %f31 = getelementptr i8, ptr %1, i64 88
  store ptr %v, ptr %f31, align 8
  %c32 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 1, i32 1)
  ret ptr %c32

num_done:                                         ; preds = %num_slow, %float_fast, %int_fast
  %res = phi ptr [ %c56, %int_fast ], [ %c69, %float_fast ], [ %c70, %num_slow ]
  %rc71 = load i64, ptr %v36, align 4
  %rc172 = sub i64 %rc71, 1
  store i64 %rc172, ptr %v36, align 4
  %dead = icmp eq i64 %rc172, 0
  br i1 %dead, label %dealloc, label %cont73

num_slow:                                         ; preds = %float_check, %int_test
  %c70 = call ptr @PyNumber_Add(ptr %v36, ptr %v35)
  br label %num_done

int_test:                                         ; preds = %i3
  %f45 = getelementptr i8, ptr %v36, i64 16
  %size = load i64, ptr %f45, align 4
  %size1 = add i64 %size, 1
  %compact = icmp ule i64 %size1, 2
  %f46 = getelementptr i8, ptr %v36, i64 24
  %digit = load i32, ptr %f46, align 4
  %digit64 = zext i32 %digit to i64
  %ival = mul i64 %size, %digit64
  %f47 = getelementptr i8, ptr %v35, i64 16
  %size48 = load i64, ptr %f47, align 4
  %size149 = add i64 %size48, 1
  %compact50 = icmp ule i64 %size149, 2
  %f51 = getelementptr i8, ptr %v35, i64 24
  %digit52 = load i32, ptr %f51, align 4
  %digit6453 = zext i32 %digit52 to i64
  %ival54 = mul i64 %size48, %digit6453
  %compact55 = and i1 %compact, %compact50
  br i1 %compact55, label %int_fast, label %num_slow

float_check:                                      ; preds = %i3
  %f57 = getelementptr i8, ptr %v36, i64 8
  %p58 = load ptr, ptr %f57, align 8
  %f59 = getelementptr i8, ptr %v35, i64 8
  %p60 = load ptr, ptr %f59, align 8
  %a61 = ptrtoint ptr %p58 to i64
  %eq62 = icmp eq i64 %a61, ptrtoint (ptr @PyFloat_Type to i64)
  %a63 = ptrtoint ptr %p60 to i64
  %eq64 = icmp eq i64 %a63, ptrtoint (ptr @PyFloat_Type to i64)
  %both65 = and i1 %eq62, %eq64
  br i1 %both65, label %float_fast, label %num_slow

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival54
  %c56 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f66 = getelementptr i8, ptr %v36, i64 16
  %fval = load double, ptr %f66, align 8
  %f67 = getelementptr i8, ptr %v35, i64 16
  %fval68 = load double, ptr %f67, align 8
  %fadd = fadd double %fval, %fval68
  %c69 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %num_done

dealloc:                                          ; preds = %num_done
  call void @_Py_Dealloc(ptr %v36)
  br label %cont73

cont73:                                           ; preds = %dealloc, %num_done
  %rc74 = load i64, ptr %v35, align 4
  %rc175 = sub i64 %rc74, 1
  store i64 %rc175, ptr %v35, align 4
  %dead76 = icmp eq i64 %rc175, 0
  br i1 %dead76, label %dealloc77, label %cont78

dealloc77:                                        ; preds = %cont73
  call void @_Py_Dealloc(ptr %v35)
  br label %cont78

cont78:                                           ; preds = %dealloc77, %cont73
  %isnull81 = icmp eq ptr %res, null
  br i1 %isnull81, label %error79, label %ok

error79:                                          ; preds = %cont78
  %c80 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c80

ok:                                               ; preds = %cont78
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

declare void @_Py_Dealloc(ptr)
