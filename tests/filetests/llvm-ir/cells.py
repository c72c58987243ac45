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
  br i1 %exhausted, label %recursion_check, label %link

i0:                                               ; preds = %link
  %f12 = getelementptr i8, ptr %f2, i64 0
  %f13 = getelementptr i8, ptr %1, i64 56
  store ptr %f12, ptr %f13, align 8
  %f14 = getelementptr i8, ptr %1, i64 88
  %c15 = call i32 @rjit_op_make_cell(ptr %0, ptr %1, ptr %f14, i32 0)
  %failed = icmp slt i32 %c15, 0
  br i1 %failed, label %error, label %ok

i1:                                               ; preds = %ok
  %f17 = getelementptr i8, ptr %0, i64 16
  %p18 = load ptr, ptr %f17, align 8
  %f19 = getelementptr i8, ptr %p18, i64 100
  %eval_breaker = load volatile i32, ptr %f19, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker20, label %cont, !prof !0

i2:                                               ; preds = %cont
  %f25 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f25, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound, !prof !0

i3:                                               ; preds = %bound
  %f30 = getelementptr i8, ptr %f2, i64 6
  %f31 = getelementptr i8, ptr %1, i64 56
  store ptr %f30, ptr %f31, align 8
  %c32 = call ptr @PyTuple_New(i64 1)
  %isnull37 = icmp eq ptr %c32, null
  br i1 %isnull37, label %error33, label %ok36, !prof !0

i4:                                               ; preds = %ok36
  %f41 = getelementptr i8, ptr %2, i64 8
  %p42 = load ptr, ptr %f41, align 8
  %rc43 = load i64, ptr %p42, align 4
  %rc144 = add i64 %rc43, 1
  store i64 %rc144, ptr %p42, align 4
  store ptr %p42, ptr %s1, align 8
  br label %i5

i5:                                               ; preds = %i4
  %v45 = load ptr, ptr %s0, align 8
  %f46 = getelementptr i8, ptr %1, i64 88
  store ptr %v45, ptr %f46, align 8
  %v47 = load ptr, ptr %s1, align 8
  %f48 = getelementptr i8, ptr %1, i64 96
  store ptr %v47, ptr %f48, align 8
  %f49 = getelementptr i8, ptr %f2, i64 10
  %f50 = getelementptr i8, ptr %1, i64 56
  store ptr %f49, ptr %f50, align 8
  %f51 = getelementptr i8, ptr %1, i64 88
  %c52 = call i32 @rjit_op_make_function(ptr %0, ptr %1, ptr %f51, i32 8)
  %failed56 = icmp slt i32 %c52, 0
  br i1 %failed56, label %error54, label %ok53

i6:                                               ; preds = %ok53
  %v58 = load ptr, ptr %s0, align 8
  %f59 = getelementptr i8, ptr %1, i64 80
  %old = load ptr, ptr %f59, align 8
  store ptr %v58, ptr %f59, align 8
  %isnull60 = icmp eq ptr %old, null
  br i1 %isnull60, label %cont61, label %xdec

i7:                                               ; preds = %cont61
  %f67 = getelementptr i8, ptr %1, i64 72
  %cell = load ptr, ptr %f67, align 8
  %f68 = getelementptr i8, ptr %cell, i64 16
  %p69 = load ptr, ptr %f68, align 8
  %isnull72 = icmp eq ptr %p69, null
  br i1 %isnull72, label %unbound70, label %bound71, !prof !0

i8:                                               ; preds = %bound71
  %v79 = load ptr, ptr %s0, align 8
  %f80 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f80, align 4
  %f81 = getelementptr i8, ptr %f2, i64 16
  %f82 = getelementptr i8, ptr %1, i64 56
  store ptr %f81, ptr %f82, align 8
  %f83 = getelementptr i8, ptr %0, i64 56
  %p84 = load ptr, ptr %f83, align 8
  %f85 = getelementptr i8, ptr %1, i64 48
  %p86 = load ptr, ptr %f85, align 8
  %f87 = getelementptr i8, ptr %p84, i64 8
  store ptr %p86, ptr %f87, align 8
  %f88 = getelementptr i8, ptr %0, i64 32
  %rem89 = load i32, ptr %f88, align 4
  %rem190 = add i32 %rem89, 1
  store i32 %rem190, ptr %f88, align 4
  ret ptr %v79

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

ok:                                               ; preds = %i0
  br label %i1

error:                                            ; preds = %i0
  %c16 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c16

eval_breaker20:                                   ; preds = %i1
  %c21 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c21, label %deopt [
    i32 0, label %cont
    i32 -1, label %error23
  ]

cont:                                             ; preds = %eval_breaker20, %i1
  br label %i2

deopt:                                            ; preds = %eval_breaker20
  %c22 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 0)
  ret ptr %c22

error23:                                          ; preds = %eval_breaker20
  %c24 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 1)
  ret ptr %c24

unbound:                                          ; preds = %i2
  %f26 = getelementptr i8, ptr %f2, i64 4
  %f27 = getelementptr i8, ptr %1, i64 56
  store ptr %f26, ptr %f27, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error28

bound:                                            ; preds = %i2
  %rc = load i64, ptr %local, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i3

error28:                                          ; preds = %unbound
  %c29 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c29

error33:                                          ; preds = %i3
  %v = load ptr, ptr %s0, align 8
  %f34 = getelementptr i8, ptr %1, i64 88
  store ptr %v, ptr %f34, align 8
  %c35 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 1, i32 1)
  ret ptr %c35

ok36:                                             ; preds = %i3
  %f38 = getelementptr i8, ptr %c32, i64 24
  %v39 = load ptr, ptr %s0, align 8
  %f40 = getelementptr i8, ptr %f38, i64 0
  store ptr %v39, ptr %f40, align 8
  store ptr %c32, ptr %s0, align 8
  br label %i4

ok53:                                             ; preds = %i5
  %f57 = getelementptr i8, ptr %1, i64 88
  %r = load ptr, ptr %f57, align 8
  store ptr %r, ptr %s0, align 8
  br label %i6

error54:                                          ; preds = %i5
  %c55 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 0, i32 1)
  ret ptr %c55

xdec:                                             ; preds = %i6
  %rc62 = load i64, ptr %old, align 4
  %rc163 = sub i64 %rc62, 1
  store i64 %rc163, ptr %old, align 4
  %dead = icmp eq i64 %rc163, 0
  br i1 %dead, label %dealloc, label %cont64, !prof !0

cont61:                                           ; preds = %cont64, %i6
  br label %i7

dealloc:                                          ; preds = %xdec
  %f65 = getelementptr i8, ptr %f2, i64 12
  %f66 = getelementptr i8, ptr %1, i64 56
  store ptr %f65, ptr %f66, align 8
  call void @_Py_Dealloc(ptr %old)
  br label %cont64

cont64:                                           ; preds = %dealloc, %xdec
  br label %cont61

unbound70:                                        ; preds = %i7
  %f73 = getelementptr i8, ptr %f2, i64 14
  %f74 = getelementptr i8, ptr %1, i64 56
  store ptr %f73, ptr %f74, align 8
  call void @rjit_unbound_deref(ptr %0, ptr %1, i32 0)
  br label %error75

bound71:                                          ; preds = %i7
  %rc77 = load i64, ptr %p69, align 4
  %rc178 = add i64 %rc77, 1
  store i64 %rc178, ptr %p69, align 4
  store ptr %p69, ptr %s0, align 8
  br label %i8

error75:                                          ; preds = %unbound70
  %c76 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c76
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
