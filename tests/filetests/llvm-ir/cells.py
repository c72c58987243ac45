# test: llvm-ir
def f(x):
    g = lambda: x
    return x
# run: f(1)
# run: f("a")
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

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
  %f3 = getelementptr i8, ptr %2, i64 16
  %p4 = load ptr, ptr %f3, align 8
  %f5 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f5, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f5, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %u0.recursion_check, label %u0.link

i0:                                               ; preds = %u0.link
  %f12 = getelementptr i8, ptr %f2, i64 0
  %f13 = getelementptr i8, ptr %1, i64 56
  store ptr %f12, ptr %f13, align 8
  %f14 = getelementptr i8, ptr %1, i64 88
  %c15 = call i32 @rjit_op_make_cell(ptr %0, ptr %1, ptr %f14, i32 0)
  %failed = icmp slt i32 %c15, 0
  br i1 %failed, label %u0.error, label %u0.ok

i1:                                               ; preds = %u0.ok
  %f17 = getelementptr i8, ptr %0, i64 16
  %p18 = load ptr, ptr %f17, align 8
  %f19 = getelementptr i8, ptr %p18, i64 100
  %eval_breaker = load volatile i32, ptr %f19, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %u1.eval_breaker, label %u1.cont, !prof !0

i2:                                               ; preds = %u1.cont
  %f23 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f23, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %u2.unbound, label %u2.bound, !prof !0

i3:                                               ; preds = %u2.bound
  %f27 = getelementptr i8, ptr %f2, i64 6
  %f28 = getelementptr i8, ptr %1, i64 56
  store ptr %f27, ptr %f28, align 8
  %c29 = call ptr @PyTuple_New(i64 1)
  %isnull32 = icmp eq ptr %c29, null
  br i1 %isnull32, label %u3.error, label %u3.ok, !prof !0

i4:                                               ; preds = %u3.ok
  %f36 = getelementptr i8, ptr %2, i64 8
  %p37 = load ptr, ptr %f36, align 8
  %rc38 = load i64, ptr %p37, align 4
  %rc139 = add i64 %rc38, 1
  store i64 %rc139, ptr %p37, align 4
  store ptr %p37, ptr %s1, align 8
  br label %i5

i5:                                               ; preds = %i4
  %v40 = load ptr, ptr %s0, align 8
  %f41 = getelementptr i8, ptr %1, i64 88
  store ptr %v40, ptr %f41, align 8
  %v42 = load ptr, ptr %s1, align 8
  %f43 = getelementptr i8, ptr %1, i64 96
  store ptr %v42, ptr %f43, align 8
  %f44 = getelementptr i8, ptr %f2, i64 10
  %f45 = getelementptr i8, ptr %1, i64 56
  store ptr %f44, ptr %f45, align 8
  %f46 = getelementptr i8, ptr %1, i64 88
  %c47 = call i32 @rjit_op_make_function(ptr %0, ptr %1, ptr %f46, i32 8)
  %failed49 = icmp slt i32 %c47, 0
  br i1 %failed49, label %u5.error, label %u5.ok

i6:                                               ; preds = %u5.ok
  %v51 = load ptr, ptr %s0, align 8
  %f52 = getelementptr i8, ptr %1, i64 80
  %old = load ptr, ptr %f52, align 8
  store ptr %v51, ptr %f52, align 8
  %isnull53 = icmp eq ptr %old, null
  br i1 %isnull53, label %u6.cont, label %u6.xdec

i7:                                               ; preds = %u6.cont
  %f59 = getelementptr i8, ptr %1, i64 72
  %cell = load ptr, ptr %f59, align 8
  %f60 = getelementptr i8, ptr %cell, i64 16
  %p61 = load ptr, ptr %f60, align 8
  %isnull62 = icmp eq ptr %p61, null
  br i1 %isnull62, label %u7.unbound, label %u7.bound, !prof !0

i8:                                               ; preds = %u7.bound
  %v68 = load ptr, ptr %s0, align 8
  %f69 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f69, align 4
  %f70 = getelementptr i8, ptr %f2, i64 16
  %f71 = getelementptr i8, ptr %1, i64 56
  store ptr %f70, ptr %f71, align 8
  %f72 = getelementptr i8, ptr %0, i64 56
  %p73 = load ptr, ptr %f72, align 8
  %f74 = getelementptr i8, ptr %1, i64 48
  %p75 = load ptr, ptr %f74, align 8
  %f76 = getelementptr i8, ptr %p73, i64 8
  store ptr %p75, ptr %f76, align 8
  %f77 = getelementptr i8, ptr %0, i64 32
  %rem78 = load i32, ptr %f77, align 4
  %rem179 = add i32 %rem78, 1
  store i32 %rem179, ptr %f77, align 4
  ret ptr %v68

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

u0.ok:                                            ; preds = %i0
  br label %i1

u0.error:                                         ; preds = %i0
  %c16 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c16

u1.eval_breaker:                                  ; preds = %i1
  %c20 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c20, label %u1.deopt [
    i32 0, label %u1.cont
    i32 -1, label %u1.error
  ]

u1.cont:                                          ; preds = %u1.eval_breaker, %i1
  br label %i2

u1.deopt:                                         ; preds = %u1.eval_breaker
  %c21 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 0)
  ret ptr %c21

u1.error:                                         ; preds = %u1.eval_breaker
  %c22 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 1)
  ret ptr %c22

u2.unbound:                                       ; preds = %i2
  %f24 = getelementptr i8, ptr %f2, i64 4
  %f25 = getelementptr i8, ptr %1, i64 56
  store ptr %f24, ptr %f25, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %u2.error

u2.bound:                                         ; preds = %i2
  %rc = load i64, ptr %local, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i3

u2.error:                                         ; preds = %u2.unbound
  %c26 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c26

u3.error:                                         ; preds = %i3
  %v = load ptr, ptr %s0, align 8
  %f30 = getelementptr i8, ptr %1, i64 88
  store ptr %v, ptr %f30, align 8
  %c31 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 1, i32 1)
  ret ptr %c31

u3.ok:                                            ; preds = %i3
  %f33 = getelementptr i8, ptr %c29, i64 24
  %v34 = load ptr, ptr %s0, align 8
  %f35 = getelementptr i8, ptr %f33, i64 0
  store ptr %v34, ptr %f35, align 8
  store ptr %c29, ptr %s0, align 8
  br label %i4

u5.ok:                                            ; preds = %i5
  %f50 = getelementptr i8, ptr %1, i64 88
  %r = load ptr, ptr %f50, align 8
  store ptr %r, ptr %s0, align 8
  br label %i6

u5.error:                                         ; preds = %i5
  %c48 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 0, i32 1)
  ret ptr %c48

u6.xdec:                                          ; preds = %i6
  %rc54 = load i64, ptr %old, align 4
  %rc155 = sub i64 %rc54, 1
  store i64 %rc155, ptr %old, align 4
  %dead = icmp eq i64 %rc155, 0
  br i1 %dead, label %u6.dealloc, label %u6.cont56, !prof !0

u6.cont:                                          ; preds = %u6.cont56, %i6
  br label %i7

u6.dealloc:                                       ; preds = %u6.xdec
  %f57 = getelementptr i8, ptr %f2, i64 12
  %f58 = getelementptr i8, ptr %1, i64 56
  store ptr %f57, ptr %f58, align 8
  call void @_Py_Dealloc(ptr %old)
  br label %u6.cont56

u6.cont56:                                        ; preds = %u6.dealloc, %u6.xdec
  br label %u6.cont

u7.unbound:                                       ; preds = %i7
  %f63 = getelementptr i8, ptr %f2, i64 14
  %f64 = getelementptr i8, ptr %1, i64 56
  store ptr %f63, ptr %f64, align 8
  call void @rjit_unbound_deref(ptr %0, ptr %1, i32 0)
  br label %u7.error

u7.bound:                                         ; preds = %i7
  %rc66 = load i64, ptr %p61, align 4
  %rc167 = add i64 %rc66, 1
  store i64 %rc167, ptr %p61, align 4
  store ptr %p61, ptr %s0, align 8
  br label %i8

u7.error:                                         ; preds = %u7.unbound
  %c65 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c65
}

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

declare i32 @rjit_op_make_cell(ptr, ptr, ptr, i32)

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare void @rjit_unbound_local(ptr, ptr, i32) #0

declare ptr @PyTuple_New(i64)

declare i32 @rjit_op_make_function(ptr, ptr, ptr, i32)

declare void @_Py_Dealloc(ptr)

; Function Attrs: cold
declare void @rjit_unbound_deref(ptr, ptr, i32) #0

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
