# test: llvm-ir
def f(a):
    yield a
    yield a + 1
# run: list(f(1))
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@rjit_draining = external global i8
@_Py_NoneStruct = external global i8
@PyFloat_Type = external global i8
@PyLong_Type = external global i8
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
  %status_scratch = alloca i32, align 4
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f2 = getelementptr i8, ptr %p, i64 184
  %f3 = getelementptr i8, ptr %2, i64 16
  %p4 = load ptr, ptr %f3, align 8
  %f5 = getelementptr i8, ptr %1, i64 56
  %p6 = load ptr, ptr %f5, align 8
  %prev = ptrtoint ptr %p6 to i64
  %base = ptrtoint ptr %f2 to i64
  %bytes = sub i64 %prev, %base
  %lasti = ashr i64 %bytes, 1
  switch i64 %lasti, label %u0.resume_in_interpreter [
    i64 0, label %u0.resume
    i64 4, label %u0.resume17
    i64 11, label %u0.resume37
  ]

i0:                                               ; No predecessors!
  br label %u0.deopt

i1:                                               ; preds = %u0.reload
  %v = load ptr, ptr %s0, align 8
  %isnull = icmp eq ptr %v, null
  br i1 %isnull, label %u1.cont, label %u1.xdec

i2:                                               ; preds = %u1.cont
  %f61 = getelementptr i8, ptr %0, i64 16
  %p62 = load ptr, ptr %f61, align 8
  %f63 = getelementptr i8, ptr %p62, i64 100
  %eval_breaker = load volatile i32, ptr %f63, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %u2.eval_breaker, label %u2.cont, !prof !0

i3:                                               ; preds = %u2.cont
  %f67 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f67, align 8
  %isnull68 = icmp eq ptr %local, null
  br i1 %isnull68, label %u3.unbound, label %u3.bound, !prof !0

i4:                                               ; preds = %u3.bound
  %v74 = load ptr, ptr %s0, align 8
  %draining = load i32, ptr @rjit_draining, align 4
  %any = icmp ne i32 %draining, 0
  br i1 %any, label %u4.yield_offer, label %u4.yield_suspend, !prof !0

i5:                                               ; preds = %u4.yield_collected, %u0.reload18
  %f90 = getelementptr i8, ptr %0, i64 16
  %p91 = load ptr, ptr %f90, align 8
  %f92 = getelementptr i8, ptr %p91, i64 100
  %eval_breaker93 = load volatile i32, ptr %f92, align 4
  %eb94 = icmp ne i32 %eval_breaker93, 0
  br i1 %eb94, label %u5.eval_breaker, label %u5.cont, !prof !0

i6:                                               ; preds = %u5.cont
  %v102 = load ptr, ptr %s0, align 8
  %isnull103 = icmp eq ptr %v102, null
  br i1 %isnull103, label %u6.cont, label %u6.xdec

i7:                                               ; preds = %u6.cont
  %f110 = getelementptr i8, ptr %1, i64 72
  %local111 = load ptr, ptr %f110, align 8
  %isnull112 = icmp eq ptr %local111, null
  br i1 %isnull112, label %u7.unbound, label %u7.bound, !prof !0

i8:                                               ; preds = %u7.bound
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 1, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v116 = load ptr, ptr %s1, align 8
  %ukind = load i8, ptr %k1, align 1
  %uf = load double, ptr %f1, align 8
  %ui = load i64, ptr %n1, align 4
  %v117 = load ptr, ptr %s0, align 8
  %f118 = getelementptr i8, ptr %f2, i64 18
  %f119 = getelementptr i8, ptr %1, i64 56
  store ptr %f118, ptr %f119, align 8
  %f120 = getelementptr i8, ptr %v117, i64 8
  %p121 = load ptr, ptr %f120, align 8
  %a = ptrtoint ptr %p121 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq, label %u9.view_float, label %u9.view_long

i11:                                              ; preds = %u9.ok
  %v365 = load ptr, ptr %s0, align 8
  %draining366 = load i32, ptr @rjit_draining, align 4
  %any367 = icmp ne i32 %draining366, 0
  br i1 %any367, label %u11.yield_offer, label %u11.yield_suspend, !prof !0

i12:                                              ; preds = %u11.yield_collected, %u0.reload38
  %f384 = getelementptr i8, ptr %0, i64 16
  %p385 = load ptr, ptr %f384, align 8
  %f386 = getelementptr i8, ptr %p385, i64 100
  %eval_breaker387 = load volatile i32, ptr %f386, align 4
  %eb388 = icmp ne i32 %eval_breaker387, 0
  br i1 %eb388, label %u12.eval_breaker, label %u12.cont, !prof !0

i13:                                              ; preds = %u12.cont
  %v396 = load ptr, ptr %s0, align 8
  %isnull397 = icmp eq ptr %v396, null
  br i1 %isnull397, label %u13.cont, label %u13.xdec

i14:                                              ; preds = %u13.cont
  %f404 = getelementptr i8, ptr %2, i64 0
  %p405 = load ptr, ptr %f404, align 8
  %rc406 = load i64, ptr %p405, align 4
  %rc1407 = add i64 %rc406, 1
  store i64 %rc1407, ptr %p405, align 4
  store ptr %p405, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v408 = load ptr, ptr %s0, align 8
  %f409 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f409, align 4
  %f410 = getelementptr i8, ptr %f2, i64 30
  %f411 = getelementptr i8, ptr %1, i64 56
  store ptr %f410, ptr %f411, align 8
  %f412 = getelementptr i8, ptr %0, i64 56
  %p413 = load ptr, ptr %f412, align 8
  %f414 = getelementptr i8, ptr %1, i64 48
  %p415 = load ptr, ptr %f414, align 8
  %f416 = getelementptr i8, ptr %p413, i64 8
  store ptr %p415, ptr %f416, align 8
  %f417 = getelementptr i8, ptr %0, i64 32
  %rem418 = load i32, ptr %f417, align 4
  %rem1419 = add i32 %rem418, 1
  store i32 %rem1419, ptr %f417, align 4
  ret ptr %v408

u0.resume_in_interpreter:                         ; preds = %entry
  %c = call ptr @rjit_resume_in_interpreter(ptr %0, ptr %1)
  ret ptr %c

u0.resume:                                        ; preds = %entry
  %f7 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f7, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f7, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %u0.recursion_check, label %u0.link

u0.reload:                                        ; preds = %u0.link
  %f15 = getelementptr i8, ptr %1, i64 80
  %saved = load ptr, ptr %f15, align 8
  store ptr %saved, ptr %s0, align 8
  %f16 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f16, align 4
  br label %i1

u0.recursion_check:                               ; preds = %u0.resume
  %c8 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c8, 0
  br i1 %too_deep, label %u0.recursion_error, label %u0.link

u0.link:                                          ; preds = %u0.recursion_check, %u0.resume
  %f9 = getelementptr i8, ptr %0, i64 56
  %p10 = load ptr, ptr %f9, align 8
  %f11 = getelementptr i8, ptr %p10, i64 8
  %p12 = load ptr, ptr %f11, align 8
  %f13 = getelementptr i8, ptr %1, i64 48
  store ptr %p12, ptr %f13, align 8
  %f14 = getelementptr i8, ptr %p10, i64 8
  store ptr %1, ptr %f14, align 8
  br label %u0.reload

u0.recursion_error:                               ; preds = %u0.recursion_check
  ret ptr null

u0.resume17:                                      ; preds = %entry
  %f19 = getelementptr i8, ptr %0, i64 32
  %rem20 = load i32, ptr %f19, align 4
  %rem121 = sub i32 %rem20, 1
  store i32 %rem121, ptr %f19, align 4
  %exhausted22 = icmp sle i32 %rem20, 0
  br i1 %exhausted22, label %u0.recursion_check23, label %u0.link24

u0.reload18:                                      ; preds = %u0.link24
  %f34 = getelementptr i8, ptr %1, i64 80
  %saved35 = load ptr, ptr %f34, align 8
  store ptr %saved35, ptr %s0, align 8
  %f36 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f36, align 4
  br label %i5

u0.recursion_check23:                             ; preds = %u0.resume17
  %c25 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep26 = icmp ne i32 %c25, 0
  br i1 %too_deep26, label %u0.recursion_error27, label %u0.link24

u0.link24:                                        ; preds = %u0.recursion_check23, %u0.resume17
  %f28 = getelementptr i8, ptr %0, i64 56
  %p29 = load ptr, ptr %f28, align 8
  %f30 = getelementptr i8, ptr %p29, i64 8
  %p31 = load ptr, ptr %f30, align 8
  %f32 = getelementptr i8, ptr %1, i64 48
  store ptr %p31, ptr %f32, align 8
  %f33 = getelementptr i8, ptr %p29, i64 8
  store ptr %1, ptr %f33, align 8
  br label %u0.reload18

u0.recursion_error27:                             ; preds = %u0.recursion_check23
  ret ptr null

u0.resume37:                                      ; preds = %entry
  %f39 = getelementptr i8, ptr %0, i64 32
  %rem40 = load i32, ptr %f39, align 4
  %rem141 = sub i32 %rem40, 1
  store i32 %rem141, ptr %f39, align 4
  %exhausted42 = icmp sle i32 %rem40, 0
  br i1 %exhausted42, label %u0.recursion_check43, label %u0.link44

u0.reload38:                                      ; preds = %u0.link44
  %f54 = getelementptr i8, ptr %1, i64 80
  %saved55 = load ptr, ptr %f54, align 8
  store ptr %saved55, ptr %s0, align 8
  %f56 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f56, align 4
  br label %i12

u0.recursion_check43:                             ; preds = %u0.resume37
  %c45 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep46 = icmp ne i32 %c45, 0
  br i1 %too_deep46, label %u0.recursion_error47, label %u0.link44

u0.link44:                                        ; preds = %u0.recursion_check43, %u0.resume37
  %f48 = getelementptr i8, ptr %0, i64 56
  %p49 = load ptr, ptr %f48, align 8
  %f50 = getelementptr i8, ptr %p49, i64 8
  %p51 = load ptr, ptr %f50, align 8
  %f52 = getelementptr i8, ptr %1, i64 48
  store ptr %p51, ptr %f52, align 8
  %f53 = getelementptr i8, ptr %p49, i64 8
  store ptr %1, ptr %f53, align 8
  br label %u0.reload38

u0.recursion_error47:                             ; preds = %u0.recursion_check43
  ret ptr null

u0.deopt:                                         ; preds = %i0
  %c57 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c57

u1.xdec:                                          ; preds = %i1
  %rc = load i64, ptr %v, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %u1.dealloc, label %u1.cont58, !prof !0

u1.cont:                                          ; preds = %u1.cont58, %i1
  br label %i2

u1.dealloc:                                       ; preds = %u1.xdec
  %f59 = getelementptr i8, ptr %f2, i64 2
  %f60 = getelementptr i8, ptr %1, i64 56
  store ptr %f59, ptr %f60, align 8
  call void @_Py_Dealloc(ptr %v)
  br label %u1.cont58

u1.cont58:                                        ; preds = %u1.dealloc, %u1.xdec
  br label %u1.cont

u2.eval_breaker:                                  ; preds = %i2
  %c64 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c64, label %u2.deopt [
    i32 0, label %u2.cont
    i32 -1, label %u2.error
  ]

u2.cont:                                          ; preds = %u2.eval_breaker, %i2
  br label %i3

u2.deopt:                                         ; preds = %u2.eval_breaker
  %c65 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c65

u2.error:                                         ; preds = %u2.eval_breaker
  %c66 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c66

u3.unbound:                                       ; preds = %i3
  %f69 = getelementptr i8, ptr %f2, i64 6
  %f70 = getelementptr i8, ptr %1, i64 56
  store ptr %f69, ptr %f70, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %u3.error

u3.bound:                                         ; preds = %i3
  %rc72 = load i64, ptr %local, align 4
  %rc173 = add i64 %rc72, 1
  store i64 %rc173, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

u3.error:                                         ; preds = %u3.unbound
  %c71 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c71

u4.yield_offer:                                   ; preds = %i4
  %c75 = call i32 @rjit_yield_collect(ptr %1, ptr %v74)
  %taken = icmp ne i32 %c75, 0
  br i1 %taken, label %u4.yield_collected, label %u4.yield_suspend

u4.yield_suspend:                                 ; preds = %u4.yield_offer, %i4
  %f78 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f78, align 4
  %f79 = getelementptr i8, ptr %f2, i64 8
  %f80 = getelementptr i8, ptr %1, i64 56
  store ptr %f79, ptr %f80, align 8
  %f81 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f81, align 1
  %f82 = getelementptr i8, ptr %0, i64 56
  %p83 = load ptr, ptr %f82, align 8
  %f84 = getelementptr i8, ptr %1, i64 48
  %p85 = load ptr, ptr %f84, align 8
  %f86 = getelementptr i8, ptr %p83, i64 8
  store ptr %p85, ptr %f86, align 8
  %f87 = getelementptr i8, ptr %0, i64 32
  %rem88 = load i32, ptr %f87, align 4
  %rem189 = add i32 %rem88, 1
  store i32 %rem189, ptr %f87, align 4
  ret ptr %v74

u4.yield_collected:                               ; preds = %u4.yield_offer
  %rc76 = load i64, ptr @_Py_NoneStruct, align 4
  %rc177 = add i64 %rc76, 1
  store i64 %rc177, ptr @_Py_NoneStruct, align 4
  store ptr @_Py_NoneStruct, ptr %s0, align 8
  br label %i5

u5.eval_breaker:                                  ; preds = %i5
  %c95 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c95, label %u5.deopt [
    i32 0, label %u5.cont
    i32 -1, label %u5.error
  ]

u5.cont:                                          ; preds = %u5.eval_breaker, %i5
  br label %i6

u5.deopt:                                         ; preds = %u5.eval_breaker
  %v96 = load ptr, ptr %s0, align 8
  %f97 = getelementptr i8, ptr %1, i64 80
  store ptr %v96, ptr %f97, align 8
  %c98 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c98

u5.error:                                         ; preds = %u5.eval_breaker
  %v99 = load ptr, ptr %s0, align 8
  %f100 = getelementptr i8, ptr %1, i64 80
  store ptr %v99, ptr %f100, align 8
  %c101 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c101

u6.xdec:                                          ; preds = %i6
  %rc104 = load i64, ptr %v102, align 4
  %rc1105 = sub i64 %rc104, 1
  store i64 %rc1105, ptr %v102, align 4
  %dead106 = icmp eq i64 %rc1105, 0
  br i1 %dead106, label %u6.dealloc, label %u6.cont107, !prof !0

u6.cont:                                          ; preds = %u6.cont107, %i6
  br label %i7

u6.dealloc:                                       ; preds = %u6.xdec
  %f108 = getelementptr i8, ptr %f2, i64 12
  %f109 = getelementptr i8, ptr %1, i64 56
  store ptr %f108, ptr %f109, align 8
  call void @_Py_Dealloc(ptr %v102)
  br label %u6.cont107

u6.cont107:                                       ; preds = %u6.dealloc, %u6.xdec
  br label %u6.cont

u7.unbound:                                       ; preds = %i7
  %f113 = getelementptr i8, ptr %f2, i64 14
  %f114 = getelementptr i8, ptr %1, i64 56
  store ptr %f113, ptr %f114, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %u7.error

u7.bound:                                         ; preds = %i7
  store ptr %local111, ptr %s0, align 8
  br label %i8

u7.error:                                         ; preds = %u7.unbound
  %c115 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c115

u9.num_done:                                      ; preds = %u9.operator_done, %u9.fbox_done337, %u9.fbox_done292, %u9.ibox_done239, %u9.fbox_done, %u9.ibox_done
  %res = phi ptr [ %int_box, %u9.ibox_done ], [ %fbox, %u9.fbox_done ], [ %int_box277, %u9.ibox_done239 ], [ %fbox298, %u9.fbox_done292 ], [ %fbox350, %u9.fbox_done337 ], [ %number, %u9.operator_done ]
  %v357 = load ptr, ptr %s1, align 8
  %isnull358 = icmp eq ptr %v357, null
  br i1 %isnull358, label %u9.cont, label %u9.xdec

u9.num_slow:                                      ; preds = %u9.int_two_digits319, %u9.mixed_check, %u9.int_two_digits224, %u9.int_two_digits202, %u9.box_operands
  %f351 = getelementptr i8, ptr %v117, i64 8
  %p352 = load ptr, ptr %f351, align 8
  %f353 = getelementptr i8, ptr %p352, i64 168
  %i354 = load i64, ptr %f353, align 4
  %heap = and i64 %i354, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u9.operator_dunder, label %u9.operator_c

u9.float_result:                                  ; preds = %u9.int_value320
  %fres = phi double [ %fadd336, %u9.int_value320 ]
  %rc338 = load i64, ptr %p183, align 4
  %only339 = icmp eq i64 %rc338, 1
  %f340 = getelementptr i8, ptr %p183, i64 8
  %p341 = load ptr, ptr %f340, align 8
  %a342 = ptrtoint ptr %p341 to i64
  %eq343 = icmp eq i64 %a342, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only339, %eq343
  br i1 %only_float, label %u9.fbox_operand344, label %u9.fbox_next345

u9.box_operands:                                  ; preds = %u9.int_two_digits150, %u9.view_long136, %u9.view_int, %u9.int_two_digits, %u9.view_long
  %f182 = getelementptr i8, ptr %2, i64 8
  %p183 = load ptr, ptr %f182, align 8
  %rc184 = load i64, ptr %p183, align 4
  %rc1185 = add i64 %rc184, 1
  store i64 %rc1185, ptr %p183, align 4
  store ptr %p183, ptr %s1, align 8
  br label %u9.num_slow

u9.view:                                          ; preds = %u9.int_value, %u9.view_float
  %vkind = phi i8 [ 1, %u9.view_float ], [ 2, %u9.int_value ]
  %vf = phi double [ %fval, %u9.view_float ], [ 0.000000e+00, %u9.int_value ]
  %vi = phi i64 [ 0, %u9.view_float ], [ %ival, %u9.int_value ]
  %is_float = icmp eq i8 %ukind, 1
  br i1 %is_float, label %u9.view130, label %u9.view_not_float, !prof !1

u9.view_float:                                    ; preds = %i9
  %f122 = getelementptr i8, ptr %v117, i64 16
  %fval = load double, ptr %f122, align 8
  br label %u9.view

u9.view_long:                                     ; preds = %i9
  %a123 = ptrtoint ptr %p121 to i64
  %eq124 = icmp eq i64 %a123, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq124, label %u9.view_is_int, label %u9.box_operands, !prof !1

u9.view_is_int:                                   ; preds = %u9.view_long
  %f125 = getelementptr i8, ptr %v117, i64 16
  %size = load i64, ptr %f125, align 4
  %size1 = add i64 %size, 1
  %one_digit = icmp ule i64 %size1, 2
  %f126 = getelementptr i8, ptr %v117, i64 24
  %digit0 = load i32, ptr %f126, align 4
  %digit0127 = zext i32 %digit0 to i64
  %ival1 = mul i64 %size, %digit0127
  br i1 %one_digit, label %u9.int_value, label %u9.int_two_digits, !prof !1

u9.int_two_digits:                                ; preds = %u9.view_is_int
  %size2 = add i64 %size, 2
  %two_digits = icmp ule i64 %size2, 4
  br i1 %two_digits, label %u9.two_digit_int, label %u9.box_operands, !prof !1

u9.int_value:                                     ; preds = %u9.two_digit_int, %u9.view_is_int
  %ival = phi i64 [ %ival1, %u9.view_is_int ], [ %ival2, %u9.two_digit_int ]
  br label %u9.view

u9.two_digit_int:                                 ; preds = %u9.int_two_digits
  %f128 = getelementptr i8, ptr %v117, i64 28
  %digit1 = load i32, ptr %f128, align 4
  %digit1129 = zext i32 %digit1 to i64
  %hi = shl i64 %digit1129, 30
  %mag = add i64 %digit0127, %hi
  %negative = icmp slt i64 %size, 0
  %neg_mag = sub i64 0, %mag
  %ival2 = select i1 %negative, i64 %neg_mag, i64 %mag
  br label %u9.int_value

u9.view130:                                       ; preds = %u9.int_value151, %u9.view_float135, %u9.view_compact, %u9.view
  %vkind164 = phi i8 [ 1, %u9.view ], [ 2, %u9.view_compact ], [ 1, %u9.view_float135 ], [ 2, %u9.int_value151 ]
  %vf165 = phi double [ %uf, %u9.view ], [ 0.000000e+00, %u9.view_compact ], [ %fval138, %u9.view_float135 ], [ 0.000000e+00, %u9.int_value151 ]
  %vi166 = phi i64 [ 0, %u9.view ], [ %ui, %u9.view_compact ], [ 0, %u9.view_float135 ], [ %ival163, %u9.int_value151 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind164, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %u9.unboxed_ints, label %u9.unboxed_floats

u9.view_not_float:                                ; preds = %u9.view
  %is_int = icmp eq i8 %ukind, 2
  br i1 %is_int, label %u9.view_int, label %u9.view_object

u9.view_int:                                      ; preds = %u9.view_not_float
  %bias = add i64 %ui, 1152921504606846976
  %compact = icmp ult i64 %bias, 2305843009213693952
  br i1 %compact, label %u9.view_compact, label %u9.box_operands, !prof !1

u9.view_object:                                   ; preds = %u9.view_not_float
  %f131 = getelementptr i8, ptr %v116, i64 8
  %p132 = load ptr, ptr %f131, align 8
  %a133 = ptrtoint ptr %p132 to i64
  %eq134 = icmp eq i64 %a133, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq134, label %u9.view_float135, label %u9.view_long136

u9.view_compact:                                  ; preds = %u9.view_int
  br label %u9.view130

u9.view_float135:                                 ; preds = %u9.view_object
  %f137 = getelementptr i8, ptr %v116, i64 16
  %fval138 = load double, ptr %f137, align 8
  br label %u9.view130

u9.view_long136:                                  ; preds = %u9.view_object
  %a139 = ptrtoint ptr %p132 to i64
  %eq140 = icmp eq i64 %a139, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq140, label %u9.view_is_int141, label %u9.box_operands, !prof !1

u9.view_is_int141:                                ; preds = %u9.view_long136
  %f142 = getelementptr i8, ptr %v116, i64 16
  %size143 = load i64, ptr %f142, align 4
  %size1144 = add i64 %size143, 1
  %one_digit145 = icmp ule i64 %size1144, 2
  %f146 = getelementptr i8, ptr %v116, i64 24
  %digit0147 = load i32, ptr %f146, align 4
  %digit0148 = zext i32 %digit0147 to i64
  %ival1149 = mul i64 %size143, %digit0148
  br i1 %one_digit145, label %u9.int_value151, label %u9.int_two_digits150, !prof !1

u9.int_two_digits150:                             ; preds = %u9.view_is_int141
  %size2152 = add i64 %size143, 2
  %two_digits153 = icmp ule i64 %size2152, 4
  br i1 %two_digits153, label %u9.two_digit_int154, label %u9.box_operands, !prof !1

u9.int_value151:                                  ; preds = %u9.two_digit_int154, %u9.view_is_int141
  %ival163 = phi i64 [ %ival1149, %u9.view_is_int141 ], [ %ival2162, %u9.two_digit_int154 ]
  br label %u9.view130

u9.two_digit_int154:                              ; preds = %u9.int_two_digits150
  %f155 = getelementptr i8, ptr %v116, i64 28
  %digit1156 = load i32, ptr %f155, align 4
  %digit1157 = zext i32 %digit1156 to i64
  %hi158 = shl i64 %digit1157, 30
  %mag159 = add i64 %digit0148, %hi158
  %negative160 = icmp slt i64 %size143, 0
  %neg_mag161 = sub i64 0, %mag159
  %ival2162 = select i1 %negative160, i64 %neg_mag161, i64 %mag159
  br label %u9.int_value151

u9.unboxed_ints:                                  ; preds = %u9.view130
  %iadd = add nsw i64 %vi, %vi166
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %u9.ibox_small, label %u9.ibox_not_small

u9.unboxed_floats:                                ; preds = %u9.view130
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof179 = sitofp i64 %vi166 to double
  %view_f180 = select i1 %rint, double %itof179, double %vf165
  %fadd = fadd double %view_f, %view_f180
  %c181 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %u9.fbox_done

u9.ibox_done:                                     ; preds = %u9.ibox_call, %u9.ibox_init, %u9.ibox_table
  %int_box = phi ptr [ %fd, %u9.ibox_table ], [ %c170, %u9.ibox_init ], [ %c178, %u9.ibox_call ]
  br label %u9.num_done

u9.ibox_small:                                    ; preds = %u9.unboxed_ints
  %p167 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p167, null
  br i1 %have_table, label %u9.ibox_table, label %u9.ibox_call, !prof !1

u9.ibox_not_small:                                ; preds = %u9.unboxed_ints
  %shifted = add i64 %iadd, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u9.ibox_alloc, label %u9.ibox_call, !prof !1

u9.ibox_alloc:                                    ; preds = %u9.ibox_not_small
  %c170 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c170, null
  br i1 %allocated, label %u9.ibox_init, label %u9.ibox_call, !prof !1

u9.ibox_call:                                     ; preds = %u9.ibox_alloc, %u9.ibox_not_small, %u9.ibox_small
  %c178 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %u9.ibox_done

u9.ibox_table:                                    ; preds = %u9.ibox_small
  %off = mul i64 %biased, 32
  %fd = getelementptr i8, ptr %p167, i64 %off
  %rc168 = load i64, ptr %fd, align 4
  %rc1169 = add i64 %rc168, 1
  store i64 %rc1169, ptr %fd, align 4
  br label %u9.ibox_done

u9.ibox_init:                                     ; preds = %u9.ibox_alloc
  %neg = icmp slt i64 %iadd, 0
  %minus = sub i64 0, %iadd
  %mag171 = select i1 %neg, i64 %minus, i64 %iadd
  %two = icmp ugt i64 %mag171, 1073741823
  %ndigits = select i1 %two, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits
  %size172 = select i1 %neg, i64 %minus_n, i64 %ndigits
  %d0 = and i64 %mag171, 1073741823
  %d1 = lshr i64 %mag171, 30
  store i64 1, ptr %c170, align 4
  %f173 = getelementptr i8, ptr %c170, i64 8
  store ptr @PyLong_Type, ptr %f173, align 8
  %f174 = getelementptr i8, ptr %c170, i64 16
  store i64 %size172, ptr %f174, align 4
  %digit = trunc i64 %d0 to i32
  %f175 = getelementptr i8, ptr %c170, i64 24
  store i32 %digit, ptr %f175, align 4
  %digit176 = trunc i64 %d1 to i32
  %f177 = getelementptr i8, ptr %c170, i64 28
  store i32 %digit176, ptr %f177, align 4
  br label %u9.ibox_done

u9.fbox_done:                                     ; preds = %u9.unboxed_floats
  %fbox = phi ptr [ %c181, %u9.unboxed_floats ]
  br label %u9.num_done

u9.boxed_paths_unused:                            ; No predecessors!
  %f186 = getelementptr i8, ptr %v117, i64 8
  %p187 = load ptr, ptr %f186, align 8
  %f188 = getelementptr i8, ptr %p183, i64 8
  %p189 = load ptr, ptr %f188, align 8
  %a190 = ptrtoint ptr %p187 to i64
  %eq191 = icmp eq i64 %a190, ptrtoint (ptr @PyLong_Type to i64)
  %a192 = ptrtoint ptr %p189 to i64
  %eq193 = icmp eq i64 %a192, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq191, %eq193
  br i1 %both, label %u9.int_test, label %u9.float_check

u9.int_test:                                      ; preds = %u9.boxed_paths_unused
  %f194 = getelementptr i8, ptr %v117, i64 16
  %size195 = load i64, ptr %f194, align 4
  %size1196 = add i64 %size195, 1
  %one_digit197 = icmp ule i64 %size1196, 2
  %f198 = getelementptr i8, ptr %v117, i64 24
  %digit0199 = load i32, ptr %f198, align 4
  %digit0200 = zext i32 %digit0199 to i64
  %ival1201 = mul i64 %size195, %digit0200
  br i1 %one_digit197, label %u9.int_value203, label %u9.int_two_digits202, !prof !1

u9.float_check:                                   ; preds = %u9.boxed_paths_unused
  %f278 = getelementptr i8, ptr %v117, i64 8
  %p279 = load ptr, ptr %f278, align 8
  %f280 = getelementptr i8, ptr %p183, i64 8
  %p281 = load ptr, ptr %f280, align 8
  %a282 = ptrtoint ptr %p279 to i64
  %eq283 = icmp eq i64 %a282, ptrtoint (ptr @PyFloat_Type to i64)
  %a284 = ptrtoint ptr %p281 to i64
  %eq285 = icmp eq i64 %a284, ptrtoint (ptr @PyFloat_Type to i64)
  %both286 = and i1 %eq283, %eq285
  br i1 %both286, label %u9.float_fast, label %u9.mixed_check, !prof !1

u9.int_two_digits202:                             ; preds = %u9.int_test
  %size2204 = add i64 %size195, 2
  %two_digits205 = icmp ule i64 %size2204, 4
  br i1 %two_digits205, label %u9.two_digit_int206, label %u9.num_slow, !prof !1

u9.int_value203:                                  ; preds = %u9.two_digit_int206, %u9.int_test
  %ival215 = phi i64 [ %ival1201, %u9.int_test ], [ %ival2214, %u9.two_digit_int206 ]
  %f216 = getelementptr i8, ptr %p183, i64 16
  %size217 = load i64, ptr %f216, align 4
  %size1218 = add i64 %size217, 1
  %one_digit219 = icmp ule i64 %size1218, 2
  %f220 = getelementptr i8, ptr %p183, i64 24
  %digit0221 = load i32, ptr %f220, align 4
  %digit0222 = zext i32 %digit0221 to i64
  %ival1223 = mul i64 %size217, %digit0222
  br i1 %one_digit219, label %u9.int_value225, label %u9.int_two_digits224, !prof !1

u9.two_digit_int206:                              ; preds = %u9.int_two_digits202
  %f207 = getelementptr i8, ptr %v117, i64 28
  %digit1208 = load i32, ptr %f207, align 4
  %digit1209 = zext i32 %digit1208 to i64
  %hi210 = shl i64 %digit1209, 30
  %mag211 = add i64 %digit0200, %hi210
  %negative212 = icmp slt i64 %size195, 0
  %neg_mag213 = sub i64 0, %mag211
  %ival2214 = select i1 %negative212, i64 %neg_mag213, i64 %mag211
  br label %u9.int_value203

u9.int_two_digits224:                             ; preds = %u9.int_value203
  %size2226 = add i64 %size217, 2
  %two_digits227 = icmp ule i64 %size2226, 4
  br i1 %two_digits227, label %u9.two_digit_int228, label %u9.num_slow, !prof !1

u9.int_value225:                                  ; preds = %u9.two_digit_int228, %u9.int_value203
  %ival237 = phi i64 [ %ival1223, %u9.int_value203 ], [ %ival2236, %u9.two_digit_int228 ]
  %iadd238 = add nsw i64 %ival215, %ival237
  %biased244 = sub i64 %iadd238, -5
  %is_small245 = icmp ult i64 %biased244, 262
  br i1 %is_small245, label %u9.ibox_small240, label %u9.ibox_not_small241

u9.two_digit_int228:                              ; preds = %u9.int_two_digits224
  %f229 = getelementptr i8, ptr %p183, i64 28
  %digit1230 = load i32, ptr %f229, align 4
  %digit1231 = zext i32 %digit1230 to i64
  %hi232 = shl i64 %digit1231, 30
  %mag233 = add i64 %digit0222, %hi232
  %negative234 = icmp slt i64 %size217, 0
  %neg_mag235 = sub i64 0, %mag233
  %ival2236 = select i1 %negative234, i64 %neg_mag235, i64 %mag233
  br label %u9.int_value225

u9.ibox_done239:                                  ; preds = %u9.ibox_call243, %u9.ibox_init260, %u9.ibox_table248
  %int_box277 = phi ptr [ %fd250, %u9.ibox_table248 ], [ %c258, %u9.ibox_init260 ], [ %c276, %u9.ibox_call243 ]
  br label %u9.num_done

u9.ibox_small240:                                 ; preds = %u9.int_value225
  %p246 = load ptr, ptr @rjit_small_ints, align 8
  %have_table247 = icmp ne ptr %p246, null
  br i1 %have_table247, label %u9.ibox_table248, label %u9.ibox_call243, !prof !1

u9.ibox_not_small241:                             ; preds = %u9.int_value225
  %shifted253 = add i64 %iadd238, 1152921504606846975
  %fits254 = icmp ult i64 %shifted253, 2305843009213693951
  %i255 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced256 = icmp eq i32 %i255, 0
  %inline257 = and i1 %fits254, %untraced256
  br i1 %inline257, label %u9.ibox_alloc242, label %u9.ibox_call243, !prof !1

u9.ibox_alloc242:                                 ; preds = %u9.ibox_not_small241
  %c258 = call ptr @PyObject_Malloc(i64 32)
  %allocated259 = icmp ne ptr %c258, null
  br i1 %allocated259, label %u9.ibox_init260, label %u9.ibox_call243, !prof !1

u9.ibox_call243:                                  ; preds = %u9.ibox_alloc242, %u9.ibox_not_small241, %u9.ibox_small240
  %c276 = call ptr @PyLong_FromLongLong(i64 %iadd238)
  br label %u9.ibox_done239

u9.ibox_table248:                                 ; preds = %u9.ibox_small240
  %off249 = mul i64 %biased244, 32
  %fd250 = getelementptr i8, ptr %p246, i64 %off249
  %rc251 = load i64, ptr %fd250, align 4
  %rc1252 = add i64 %rc251, 1
  store i64 %rc1252, ptr %fd250, align 4
  br label %u9.ibox_done239

u9.ibox_init260:                                  ; preds = %u9.ibox_alloc242
  %neg261 = icmp slt i64 %iadd238, 0
  %minus262 = sub i64 0, %iadd238
  %mag263 = select i1 %neg261, i64 %minus262, i64 %iadd238
  %two264 = icmp ugt i64 %mag263, 1073741823
  %ndigits265 = select i1 %two264, i64 2, i64 1
  %minus_n266 = sub i64 0, %ndigits265
  %size267 = select i1 %neg261, i64 %minus_n266, i64 %ndigits265
  %d0268 = and i64 %mag263, 1073741823
  %d1269 = lshr i64 %mag263, 30
  store i64 1, ptr %c258, align 4
  %f270 = getelementptr i8, ptr %c258, i64 8
  store ptr @PyLong_Type, ptr %f270, align 8
  %f271 = getelementptr i8, ptr %c258, i64 16
  store i64 %size267, ptr %f271, align 4
  %digit272 = trunc i64 %d0268 to i32
  %f273 = getelementptr i8, ptr %c258, i64 24
  store i32 %digit272, ptr %f273, align 4
  %digit274 = trunc i64 %d1269 to i32
  %f275 = getelementptr i8, ptr %c258, i64 28
  store i32 %digit274, ptr %f275, align 4
  br label %u9.ibox_done239

u9.float_fast:                                    ; preds = %u9.float_check
  %f287 = getelementptr i8, ptr %v117, i64 16
  %fval288 = load double, ptr %f287, align 8
  %f289 = getelementptr i8, ptr %p183, i64 16
  %fval290 = load double, ptr %f289, align 8
  %fadd291 = fadd double %fval288, %fval290
  %rc293 = load i64, ptr %p183, align 4
  %only = icmp eq i64 %rc293, 1
  br i1 %only, label %u9.fbox_operand, label %u9.fbox_next

u9.mixed_check:                                   ; preds = %u9.float_check
  %f299 = getelementptr i8, ptr %v117, i64 8
  %p300 = load ptr, ptr %f299, align 8
  %a301 = ptrtoint ptr %p300 to i64
  %eq302 = icmp eq i64 %a301, ptrtoint (ptr @PyFloat_Type to i64)
  %a303 = ptrtoint ptr %p300 to i64
  %eq304 = icmp eq i64 %a303, ptrtoint (ptr @PyLong_Type to i64)
  %f305 = getelementptr i8, ptr %p183, i64 8
  %p306 = load ptr, ptr %f305, align 8
  %a307 = ptrtoint ptr %p306 to i64
  %eq308 = icmp eq i64 %a307, ptrtoint (ptr @PyFloat_Type to i64)
  %a309 = ptrtoint ptr %p306 to i64
  %eq310 = icmp eq i64 %a309, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq302, %eq310
  %int_first = and i1 %eq304, %eq308
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u9.mixed, label %u9.num_slow, !prof !1

u9.fbox_done292:                                  ; preds = %u9.fbox_next, %u9.fbox_operand
  %fbox298 = phi ptr [ %p183, %u9.fbox_operand ], [ %c297, %u9.fbox_next ]
  br label %u9.num_done

u9.fbox_operand:                                  ; preds = %u9.float_fast
  %f294 = getelementptr i8, ptr %p183, i64 16
  store double %fadd291, ptr %f294, align 8
  %rc295 = load i64, ptr %p183, align 4
  %rc1296 = add i64 %rc295, 1
  store i64 %rc1296, ptr %p183, align 4
  br label %u9.fbox_done292

u9.fbox_next:                                     ; preds = %u9.float_fast
  %c297 = call ptr @PyFloat_FromDouble(double %fadd291)
  br label %u9.fbox_done292

u9.mixed:                                         ; preds = %u9.mixed_check
  %int_operand = select i1 %float_first, ptr %p183, ptr %v117
  %float_operand = select i1 %float_first, ptr %v117, ptr %p183
  %f311 = getelementptr i8, ptr %int_operand, i64 16
  %size312 = load i64, ptr %f311, align 4
  %size1313 = add i64 %size312, 1
  %one_digit314 = icmp ule i64 %size1313, 2
  %f315 = getelementptr i8, ptr %int_operand, i64 24
  %digit0316 = load i32, ptr %f315, align 4
  %digit0317 = zext i32 %digit0316 to i64
  %ival1318 = mul i64 %size312, %digit0317
  br i1 %one_digit314, label %u9.int_value320, label %u9.int_two_digits319, !prof !1

u9.int_two_digits319:                             ; preds = %u9.mixed
  %size2321 = add i64 %size312, 2
  %two_digits322 = icmp ule i64 %size2321, 4
  br i1 %two_digits322, label %u9.two_digit_int323, label %u9.num_slow, !prof !1

u9.int_value320:                                  ; preds = %u9.two_digit_int323, %u9.mixed
  %ival332 = phi i64 [ %ival1318, %u9.mixed ], [ %ival2331, %u9.two_digit_int323 ]
  %itof333 = sitofp i64 %ival332 to double
  %f334 = getelementptr i8, ptr %float_operand, i64 16
  %fval335 = load double, ptr %f334, align 8
  %x = select i1 %float_first, double %fval335, double %itof333
  %y = select i1 %float_first, double %itof333, double %fval335
  %fadd336 = fadd double %x, %y
  br label %u9.float_result

u9.two_digit_int323:                              ; preds = %u9.int_two_digits319
  %f324 = getelementptr i8, ptr %int_operand, i64 28
  %digit1325 = load i32, ptr %f324, align 4
  %digit1326 = zext i32 %digit1325 to i64
  %hi327 = shl i64 %digit1326, 30
  %mag328 = add i64 %digit0317, %hi327
  %negative329 = icmp slt i64 %size312, 0
  %neg_mag330 = sub i64 0, %mag328
  %ival2331 = select i1 %negative329, i64 %neg_mag330, i64 %mag328
  br label %u9.int_value320

u9.fbox_done337:                                  ; preds = %u9.fbox_next345, %u9.fbox_operand344
  %fbox350 = phi ptr [ %p183, %u9.fbox_operand344 ], [ %c349, %u9.fbox_next345 ]
  br label %u9.num_done

u9.fbox_operand344:                               ; preds = %u9.float_result
  %f346 = getelementptr i8, ptr %p183, i64 16
  store double %fres, ptr %f346, align 8
  %rc347 = load i64, ptr %p183, align 4
  %rc1348 = add i64 %rc347, 1
  store i64 %rc1348, ptr %p183, align 4
  br label %u9.fbox_done337

u9.fbox_next345:                                  ; preds = %u9.float_result
  %c349 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u9.fbox_done337

u9.operator_dunder:                               ; preds = %u9.num_slow
  %c355 = call ptr @rjit_binary_dunder(ptr %0, ptr %v117, ptr %p183, i32 0)
  br label %u9.operator_done

u9.operator_c:                                    ; preds = %u9.num_slow
  %c356 = call ptr @PyNumber_Add(ptr %v117, ptr %p183)
  br label %u9.operator_done

u9.operator_done:                                 ; preds = %u9.operator_c, %u9.operator_dunder
  %number = phi ptr [ %c355, %u9.operator_dunder ], [ %c356, %u9.operator_c ]
  br label %u9.num_done

u9.xdec:                                          ; preds = %u9.num_done
  %rc359 = load i64, ptr %v357, align 4
  %rc1360 = sub i64 %rc359, 1
  store i64 %rc1360, ptr %v357, align 4
  %dead361 = icmp eq i64 %rc1360, 0
  br i1 %dead361, label %u9.dealloc, label %u9.cont362, !prof !0

u9.cont:                                          ; preds = %u9.cont362, %u9.num_done
  %isnull364 = icmp eq ptr %res, null
  br i1 %isnull364, label %u9.error, label %u9.ok, !prof !0

u9.dealloc:                                       ; preds = %u9.xdec
  call void @_Py_Dealloc(ptr %v357)
  br label %u9.cont362

u9.cont362:                                       ; preds = %u9.dealloc, %u9.xdec
  br label %u9.cont

u9.error:                                         ; preds = %u9.cont
  %c363 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c363

u9.ok:                                            ; preds = %u9.cont
  store ptr %res, ptr %s0, align 8
  br label %i11

u11.yield_offer:                                  ; preds = %i11
  %c368 = call i32 @rjit_yield_collect(ptr %1, ptr %v365)
  %taken369 = icmp ne i32 %c368, 0
  br i1 %taken369, label %u11.yield_collected, label %u11.yield_suspend

u11.yield_suspend:                                ; preds = %u11.yield_offer, %i11
  %f372 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f372, align 4
  %f373 = getelementptr i8, ptr %f2, i64 22
  %f374 = getelementptr i8, ptr %1, i64 56
  store ptr %f373, ptr %f374, align 8
  %f375 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f375, align 1
  %f376 = getelementptr i8, ptr %0, i64 56
  %p377 = load ptr, ptr %f376, align 8
  %f378 = getelementptr i8, ptr %1, i64 48
  %p379 = load ptr, ptr %f378, align 8
  %f380 = getelementptr i8, ptr %p377, i64 8
  store ptr %p379, ptr %f380, align 8
  %f381 = getelementptr i8, ptr %0, i64 32
  %rem382 = load i32, ptr %f381, align 4
  %rem1383 = add i32 %rem382, 1
  store i32 %rem1383, ptr %f381, align 4
  ret ptr %v365

u11.yield_collected:                              ; preds = %u11.yield_offer
  %rc370 = load i64, ptr @_Py_NoneStruct, align 4
  %rc1371 = add i64 %rc370, 1
  store i64 %rc1371, ptr @_Py_NoneStruct, align 4
  store ptr @_Py_NoneStruct, ptr %s0, align 8
  br label %i12

u12.eval_breaker:                                 ; preds = %i12
  %c389 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c389, label %u12.deopt [
    i32 0, label %u12.cont
    i32 -1, label %u12.error
  ]

u12.cont:                                         ; preds = %u12.eval_breaker, %i12
  br label %i13

u12.deopt:                                        ; preds = %u12.eval_breaker
  %v390 = load ptr, ptr %s0, align 8
  %f391 = getelementptr i8, ptr %1, i64 80
  store ptr %v390, ptr %f391, align 8
  %c392 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c392

u12.error:                                        ; preds = %u12.eval_breaker
  %v393 = load ptr, ptr %s0, align 8
  %f394 = getelementptr i8, ptr %1, i64 80
  store ptr %v393, ptr %f394, align 8
  %c395 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c395

u13.xdec:                                         ; preds = %i13
  %rc398 = load i64, ptr %v396, align 4
  %rc1399 = sub i64 %rc398, 1
  store i64 %rc1399, ptr %v396, align 4
  %dead400 = icmp eq i64 %rc1399, 0
  br i1 %dead400, label %u13.dealloc, label %u13.cont401, !prof !0

u13.cont:                                         ; preds = %u13.cont401, %i13
  br label %i14

u13.dealloc:                                      ; preds = %u13.xdec
  %f402 = getelementptr i8, ptr %f2, i64 26
  %f403 = getelementptr i8, ptr %1, i64 56
  store ptr %f402, ptr %f403, align 8
  call void @_Py_Dealloc(ptr %v396)
  br label %u13.cont401

u13.cont401:                                      ; preds = %u13.dealloc, %u13.xdec
  br label %u13.cont
}

; Function Attrs: cold
declare ptr @rjit_resume_in_interpreter(ptr, ptr) #0

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

declare void @_Py_Dealloc(ptr)

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare void @rjit_unbound_local(ptr, ptr, i32) #0

declare i32 @rjit_yield_collect(ptr, ptr)

declare ptr @PyObject_Malloc(i64)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
