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
  %v98 = load ptr, ptr %s0, align 8
  %f99 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f99, align 4
  %f100 = getelementptr i8, ptr %f1, i64 10
  %f101 = getelementptr i8, ptr %1, i64 56
  store ptr %f100, ptr %f101, align 8
  %f102 = getelementptr i8, ptr %0, i64 56
  %p103 = load ptr, ptr %f102, align 8
  %f104 = getelementptr i8, ptr %1, i64 48
  %p105 = load ptr, ptr %f104, align 8
  %f106 = getelementptr i8, ptr %p103, i64 8
  store ptr %p105, ptr %f106, align 8
  %f107 = getelementptr i8, ptr %0, i64 32
  %rem108 = load i32, ptr %f107, align 4
  %rem1109 = add i32 %rem108, 1
  store i32 %rem1109, ptr %f107, align 4
  ret ptr %v98

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
  %res = phi ptr [ %c72, %int_fast ], [ %c85, %float_fast ], [ %c86, %num_slow ]
  %rc87 = load i64, ptr %v36, align 4
  %rc188 = sub i64 %rc87, 1
  store i64 %rc188, ptr %v36, align 4
  %dead = icmp eq i64 %rc188, 0
  br i1 %dead, label %dealloc, label %cont89

num_slow:                                         ; preds = %float_check, %int_test
  %c86 = call ptr @PyNumber_Add(ptr %v36, ptr %v35)
  br label %num_done

int_test:                                         ; preds = %i3
  %f45 = getelementptr i8, ptr %v36, i64 16
  %size = load i64, ptr %f45, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f46 = getelementptr i8, ptr %v36, i64 24
  %digit0 = load i32, ptr %f46, align 4
  %digit047 = zext i32 %digit0 to i64
  %f48 = getelementptr i8, ptr %v36, i64 28
  %digit1 = load i32, ptr %f48, align 4
  %digit149 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit149, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit047, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f50 = getelementptr i8, ptr %v35, i64 16
  %size51 = load i64, ptr %f50, align 4
  %size252 = add i64 %size51, 2
  %compact53 = icmp ule i64 %size252, 4
  %f54 = getelementptr i8, ptr %v35, i64 24
  %digit055 = load i32, ptr %f54, align 4
  %digit056 = zext i32 %digit055 to i64
  %f57 = getelementptr i8, ptr %v35, i64 28
  %digit158 = load i32, ptr %f57, align 4
  %digit159 = zext i32 %digit158 to i64
  %negative60 = icmp slt i64 %size51, 0
  %neg_size61 = sub i64 0, %size51
  %ndigits62 = select i1 %negative60, i64 %neg_size61, i64 %size51
  %two63 = icmp eq i64 %ndigits62, 2
  %hi64 = shl i64 %digit159, 30
  %hi265 = select i1 %two63, i64 %hi64, i64 0
  %mag66 = add i64 %digit056, %hi265
  %zero67 = icmp eq i64 %size51, 0
  %mag068 = select i1 %zero67, i64 0, i64 %mag66
  %neg_mag69 = sub i64 0, %mag068
  %ival70 = select i1 %negative60, i64 %neg_mag69, i64 %mag068
  %compact71 = and i1 %compact, %compact53
  br i1 %compact71, label %int_fast, label %num_slow

float_check:                                      ; preds = %i3
  %f73 = getelementptr i8, ptr %v36, i64 8
  %p74 = load ptr, ptr %f73, align 8
  %f75 = getelementptr i8, ptr %v35, i64 8
  %p76 = load ptr, ptr %f75, align 8
  %a77 = ptrtoint ptr %p74 to i64
  %eq78 = icmp eq i64 %a77, ptrtoint (ptr @PyFloat_Type to i64)
  %a79 = ptrtoint ptr %p76 to i64
  %eq80 = icmp eq i64 %a79, ptrtoint (ptr @PyFloat_Type to i64)
  %both81 = and i1 %eq78, %eq80
  br i1 %both81, label %float_fast, label %num_slow

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival70
  %c72 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f82 = getelementptr i8, ptr %v36, i64 16
  %fval = load double, ptr %f82, align 8
  %f83 = getelementptr i8, ptr %v35, i64 16
  %fval84 = load double, ptr %f83, align 8
  %fadd = fadd double %fval, %fval84
  %c85 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %num_done

dealloc:                                          ; preds = %num_done
  call void @_Py_Dealloc(ptr %v36)
  br label %cont89

cont89:                                           ; preds = %dealloc, %num_done
  %rc90 = load i64, ptr %v35, align 4
  %rc191 = sub i64 %rc90, 1
  store i64 %rc191, ptr %v35, align 4
  %dead92 = icmp eq i64 %rc191, 0
  br i1 %dead92, label %dealloc93, label %cont94

dealloc93:                                        ; preds = %cont89
  call void @_Py_Dealloc(ptr %v35)
  br label %cont94

cont94:                                           ; preds = %dealloc93, %cont89
  %isnull97 = icmp eq ptr %res, null
  br i1 %isnull97, label %error95, label %ok

error95:                                          ; preds = %cont94
  %c96 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c96

ok:                                               ; preds = %cont94
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
