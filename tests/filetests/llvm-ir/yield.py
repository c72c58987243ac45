# test: llvm-ir
def f(a):
    yield a
    yield a + 1
# run: list(f(1))
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

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
  %f75 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f75, align 4
  %f76 = getelementptr i8, ptr %f2, i64 8
  %f77 = getelementptr i8, ptr %1, i64 56
  store ptr %f76, ptr %f77, align 8
  %f78 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f78, align 1
  %f79 = getelementptr i8, ptr %0, i64 56
  %p80 = load ptr, ptr %f79, align 8
  %f81 = getelementptr i8, ptr %1, i64 48
  %p82 = load ptr, ptr %f81, align 8
  %f83 = getelementptr i8, ptr %p80, i64 8
  store ptr %p82, ptr %f83, align 8
  %f84 = getelementptr i8, ptr %0, i64 32
  %rem85 = load i32, ptr %f84, align 4
  %rem186 = add i32 %rem85, 1
  store i32 %rem186, ptr %f84, align 4
  ret ptr %v74

i5:                                               ; preds = %u0.reload18
  %f87 = getelementptr i8, ptr %0, i64 16
  %p88 = load ptr, ptr %f87, align 8
  %f89 = getelementptr i8, ptr %p88, i64 100
  %eval_breaker90 = load volatile i32, ptr %f89, align 4
  %eb91 = icmp ne i32 %eval_breaker90, 0
  br i1 %eb91, label %u5.eval_breaker, label %u5.cont, !prof !0

i6:                                               ; preds = %u5.cont
  %v99 = load ptr, ptr %s0, align 8
  %isnull100 = icmp eq ptr %v99, null
  br i1 %isnull100, label %u6.cont, label %u6.xdec

i7:                                               ; preds = %u6.cont
  %f107 = getelementptr i8, ptr %1, i64 72
  %local108 = load ptr, ptr %f107, align 8
  %isnull109 = icmp eq ptr %local108, null
  br i1 %isnull109, label %u7.unbound, label %u7.bound, !prof !0

i8:                                               ; preds = %u7.bound
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 1, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v113 = load ptr, ptr %s1, align 8
  %ukind = load i8, ptr %k1, align 1
  %uf = load double, ptr %f1, align 8
  %ui = load i64, ptr %n1, align 4
  %v114 = load ptr, ptr %s0, align 8
  %f115 = getelementptr i8, ptr %f2, i64 18
  %f116 = getelementptr i8, ptr %1, i64 56
  store ptr %f115, ptr %f116, align 8
  %f117 = getelementptr i8, ptr %v114, i64 8
  %p118 = load ptr, ptr %f117, align 8
  %a = ptrtoint ptr %p118 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq, label %u9.view_float, label %u9.view_long

i11:                                              ; preds = %u9.ok
  %v362 = load ptr, ptr %s0, align 8
  %f363 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f363, align 4
  %f364 = getelementptr i8, ptr %f2, i64 22
  %f365 = getelementptr i8, ptr %1, i64 56
  store ptr %f364, ptr %f365, align 8
  %f366 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f366, align 1
  %f367 = getelementptr i8, ptr %0, i64 56
  %p368 = load ptr, ptr %f367, align 8
  %f369 = getelementptr i8, ptr %1, i64 48
  %p370 = load ptr, ptr %f369, align 8
  %f371 = getelementptr i8, ptr %p368, i64 8
  store ptr %p370, ptr %f371, align 8
  %f372 = getelementptr i8, ptr %0, i64 32
  %rem373 = load i32, ptr %f372, align 4
  %rem1374 = add i32 %rem373, 1
  store i32 %rem1374, ptr %f372, align 4
  ret ptr %v362

i12:                                              ; preds = %u0.reload38
  %f375 = getelementptr i8, ptr %0, i64 16
  %p376 = load ptr, ptr %f375, align 8
  %f377 = getelementptr i8, ptr %p376, i64 100
  %eval_breaker378 = load volatile i32, ptr %f377, align 4
  %eb379 = icmp ne i32 %eval_breaker378, 0
  br i1 %eb379, label %u12.eval_breaker, label %u12.cont, !prof !0

i13:                                              ; preds = %u12.cont
  %v387 = load ptr, ptr %s0, align 8
  %isnull388 = icmp eq ptr %v387, null
  br i1 %isnull388, label %u13.cont, label %u13.xdec

i14:                                              ; preds = %u13.cont
  %f395 = getelementptr i8, ptr %2, i64 0
  %p396 = load ptr, ptr %f395, align 8
  %rc397 = load i64, ptr %p396, align 4
  %rc1398 = add i64 %rc397, 1
  store i64 %rc1398, ptr %p396, align 4
  store ptr %p396, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v399 = load ptr, ptr %s0, align 8
  %f400 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f400, align 4
  %f401 = getelementptr i8, ptr %f2, i64 30
  %f402 = getelementptr i8, ptr %1, i64 56
  store ptr %f401, ptr %f402, align 8
  %f403 = getelementptr i8, ptr %0, i64 56
  %p404 = load ptr, ptr %f403, align 8
  %f405 = getelementptr i8, ptr %1, i64 48
  %p406 = load ptr, ptr %f405, align 8
  %f407 = getelementptr i8, ptr %p404, i64 8
  store ptr %p406, ptr %f407, align 8
  %f408 = getelementptr i8, ptr %0, i64 32
  %rem409 = load i32, ptr %f408, align 4
  %rem1410 = add i32 %rem409, 1
  store i32 %rem1410, ptr %f408, align 4
  ret ptr %v399

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

u5.eval_breaker:                                  ; preds = %i5
  %c92 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c92, label %u5.deopt [
    i32 0, label %u5.cont
    i32 -1, label %u5.error
  ]

u5.cont:                                          ; preds = %u5.eval_breaker, %i5
  br label %i6

u5.deopt:                                         ; preds = %u5.eval_breaker
  %v93 = load ptr, ptr %s0, align 8
  %f94 = getelementptr i8, ptr %1, i64 80
  store ptr %v93, ptr %f94, align 8
  %c95 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c95

u5.error:                                         ; preds = %u5.eval_breaker
  %v96 = load ptr, ptr %s0, align 8
  %f97 = getelementptr i8, ptr %1, i64 80
  store ptr %v96, ptr %f97, align 8
  %c98 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c98

u6.xdec:                                          ; preds = %i6
  %rc101 = load i64, ptr %v99, align 4
  %rc1102 = sub i64 %rc101, 1
  store i64 %rc1102, ptr %v99, align 4
  %dead103 = icmp eq i64 %rc1102, 0
  br i1 %dead103, label %u6.dealloc, label %u6.cont104, !prof !0

u6.cont:                                          ; preds = %u6.cont104, %i6
  br label %i7

u6.dealloc:                                       ; preds = %u6.xdec
  %f105 = getelementptr i8, ptr %f2, i64 12
  %f106 = getelementptr i8, ptr %1, i64 56
  store ptr %f105, ptr %f106, align 8
  call void @_Py_Dealloc(ptr %v99)
  br label %u6.cont104

u6.cont104:                                       ; preds = %u6.dealloc, %u6.xdec
  br label %u6.cont

u7.unbound:                                       ; preds = %i7
  %f110 = getelementptr i8, ptr %f2, i64 14
  %f111 = getelementptr i8, ptr %1, i64 56
  store ptr %f110, ptr %f111, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %u7.error

u7.bound:                                         ; preds = %i7
  store ptr %local108, ptr %s0, align 8
  br label %i8

u7.error:                                         ; preds = %u7.unbound
  %c112 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c112

u9.num_done:                                      ; preds = %u9.operator_done, %u9.fbox_done334, %u9.fbox_done289, %u9.ibox_done236, %u9.fbox_done, %u9.ibox_done
  %res = phi ptr [ %int_box, %u9.ibox_done ], [ %fbox, %u9.fbox_done ], [ %int_box274, %u9.ibox_done236 ], [ %fbox295, %u9.fbox_done289 ], [ %fbox347, %u9.fbox_done334 ], [ %number, %u9.operator_done ]
  %v354 = load ptr, ptr %s1, align 8
  %isnull355 = icmp eq ptr %v354, null
  br i1 %isnull355, label %u9.cont, label %u9.xdec

u9.num_slow:                                      ; preds = %u9.int_two_digits316, %u9.mixed_check, %u9.int_two_digits221, %u9.int_two_digits199, %u9.box_operands
  %f348 = getelementptr i8, ptr %v114, i64 8
  %p349 = load ptr, ptr %f348, align 8
  %f350 = getelementptr i8, ptr %p349, i64 168
  %i351 = load i64, ptr %f350, align 4
  %heap = and i64 %i351, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u9.operator_dunder, label %u9.operator_c

u9.float_result:                                  ; preds = %u9.int_value317
  %fres = phi double [ %fadd333, %u9.int_value317 ]
  %rc335 = load i64, ptr %p180, align 4
  %only336 = icmp eq i64 %rc335, 1
  %f337 = getelementptr i8, ptr %p180, i64 8
  %p338 = load ptr, ptr %f337, align 8
  %a339 = ptrtoint ptr %p338 to i64
  %eq340 = icmp eq i64 %a339, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only336, %eq340
  br i1 %only_float, label %u9.fbox_operand341, label %u9.fbox_next342

u9.box_operands:                                  ; preds = %u9.int_two_digits147, %u9.view_long133, %u9.view_int, %u9.int_two_digits, %u9.view_long
  %f179 = getelementptr i8, ptr %2, i64 8
  %p180 = load ptr, ptr %f179, align 8
  %rc181 = load i64, ptr %p180, align 4
  %rc1182 = add i64 %rc181, 1
  store i64 %rc1182, ptr %p180, align 4
  store ptr %p180, ptr %s1, align 8
  br label %u9.num_slow

u9.view:                                          ; preds = %u9.int_value, %u9.view_float
  %vkind = phi i8 [ 1, %u9.view_float ], [ 2, %u9.int_value ]
  %vf = phi double [ %fval, %u9.view_float ], [ 0.000000e+00, %u9.int_value ]
  %vi = phi i64 [ 0, %u9.view_float ], [ %ival, %u9.int_value ]
  %is_float = icmp eq i8 %ukind, 1
  br i1 %is_float, label %u9.view127, label %u9.view_not_float, !prof !1

u9.view_float:                                    ; preds = %i9
  %f119 = getelementptr i8, ptr %v114, i64 16
  %fval = load double, ptr %f119, align 8
  br label %u9.view

u9.view_long:                                     ; preds = %i9
  %a120 = ptrtoint ptr %p118 to i64
  %eq121 = icmp eq i64 %a120, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq121, label %u9.view_is_int, label %u9.box_operands, !prof !1

u9.view_is_int:                                   ; preds = %u9.view_long
  %f122 = getelementptr i8, ptr %v114, i64 16
  %size = load i64, ptr %f122, align 4
  %size1 = add i64 %size, 1
  %one_digit = icmp ule i64 %size1, 2
  %f123 = getelementptr i8, ptr %v114, i64 24
  %digit0 = load i32, ptr %f123, align 4
  %digit0124 = zext i32 %digit0 to i64
  %ival1 = mul i64 %size, %digit0124
  br i1 %one_digit, label %u9.int_value, label %u9.int_two_digits, !prof !1

u9.int_two_digits:                                ; preds = %u9.view_is_int
  %size2 = add i64 %size, 2
  %two_digits = icmp ule i64 %size2, 4
  br i1 %two_digits, label %u9.two_digit_int, label %u9.box_operands, !prof !1

u9.int_value:                                     ; preds = %u9.two_digit_int, %u9.view_is_int
  %ival = phi i64 [ %ival1, %u9.view_is_int ], [ %ival2, %u9.two_digit_int ]
  br label %u9.view

u9.two_digit_int:                                 ; preds = %u9.int_two_digits
  %f125 = getelementptr i8, ptr %v114, i64 28
  %digit1 = load i32, ptr %f125, align 4
  %digit1126 = zext i32 %digit1 to i64
  %hi = shl i64 %digit1126, 30
  %mag = add i64 %digit0124, %hi
  %negative = icmp slt i64 %size, 0
  %neg_mag = sub i64 0, %mag
  %ival2 = select i1 %negative, i64 %neg_mag, i64 %mag
  br label %u9.int_value

u9.view127:                                       ; preds = %u9.int_value148, %u9.view_float132, %u9.view_compact, %u9.view
  %vkind161 = phi i8 [ 1, %u9.view ], [ 2, %u9.view_compact ], [ 1, %u9.view_float132 ], [ 2, %u9.int_value148 ]
  %vf162 = phi double [ %uf, %u9.view ], [ 0.000000e+00, %u9.view_compact ], [ %fval135, %u9.view_float132 ], [ 0.000000e+00, %u9.int_value148 ]
  %vi163 = phi i64 [ 0, %u9.view ], [ %ui, %u9.view_compact ], [ 0, %u9.view_float132 ], [ %ival160, %u9.int_value148 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind161, 2
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
  %f128 = getelementptr i8, ptr %v113, i64 8
  %p129 = load ptr, ptr %f128, align 8
  %a130 = ptrtoint ptr %p129 to i64
  %eq131 = icmp eq i64 %a130, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq131, label %u9.view_float132, label %u9.view_long133

u9.view_compact:                                  ; preds = %u9.view_int
  br label %u9.view127

u9.view_float132:                                 ; preds = %u9.view_object
  %f134 = getelementptr i8, ptr %v113, i64 16
  %fval135 = load double, ptr %f134, align 8
  br label %u9.view127

u9.view_long133:                                  ; preds = %u9.view_object
  %a136 = ptrtoint ptr %p129 to i64
  %eq137 = icmp eq i64 %a136, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq137, label %u9.view_is_int138, label %u9.box_operands, !prof !1

u9.view_is_int138:                                ; preds = %u9.view_long133
  %f139 = getelementptr i8, ptr %v113, i64 16
  %size140 = load i64, ptr %f139, align 4
  %size1141 = add i64 %size140, 1
  %one_digit142 = icmp ule i64 %size1141, 2
  %f143 = getelementptr i8, ptr %v113, i64 24
  %digit0144 = load i32, ptr %f143, align 4
  %digit0145 = zext i32 %digit0144 to i64
  %ival1146 = mul i64 %size140, %digit0145
  br i1 %one_digit142, label %u9.int_value148, label %u9.int_two_digits147, !prof !1

u9.int_two_digits147:                             ; preds = %u9.view_is_int138
  %size2149 = add i64 %size140, 2
  %two_digits150 = icmp ule i64 %size2149, 4
  br i1 %two_digits150, label %u9.two_digit_int151, label %u9.box_operands, !prof !1

u9.int_value148:                                  ; preds = %u9.two_digit_int151, %u9.view_is_int138
  %ival160 = phi i64 [ %ival1146, %u9.view_is_int138 ], [ %ival2159, %u9.two_digit_int151 ]
  br label %u9.view127

u9.two_digit_int151:                              ; preds = %u9.int_two_digits147
  %f152 = getelementptr i8, ptr %v113, i64 28
  %digit1153 = load i32, ptr %f152, align 4
  %digit1154 = zext i32 %digit1153 to i64
  %hi155 = shl i64 %digit1154, 30
  %mag156 = add i64 %digit0145, %hi155
  %negative157 = icmp slt i64 %size140, 0
  %neg_mag158 = sub i64 0, %mag156
  %ival2159 = select i1 %negative157, i64 %neg_mag158, i64 %mag156
  br label %u9.int_value148

u9.unboxed_ints:                                  ; preds = %u9.view127
  %iadd = add nsw i64 %vi, %vi163
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %u9.ibox_small, label %u9.ibox_not_small

u9.unboxed_floats:                                ; preds = %u9.view127
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof176 = sitofp i64 %vi163 to double
  %view_f177 = select i1 %rint, double %itof176, double %vf162
  %fadd = fadd double %view_f, %view_f177
  %c178 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %u9.fbox_done

u9.ibox_done:                                     ; preds = %u9.ibox_call, %u9.ibox_init, %u9.ibox_table
  %int_box = phi ptr [ %fd, %u9.ibox_table ], [ %c167, %u9.ibox_init ], [ %c175, %u9.ibox_call ]
  br label %u9.num_done

u9.ibox_small:                                    ; preds = %u9.unboxed_ints
  %p164 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p164, null
  br i1 %have_table, label %u9.ibox_table, label %u9.ibox_call, !prof !1

u9.ibox_not_small:                                ; preds = %u9.unboxed_ints
  %shifted = add i64 %iadd, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u9.ibox_alloc, label %u9.ibox_call, !prof !1

u9.ibox_alloc:                                    ; preds = %u9.ibox_not_small
  %c167 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c167, null
  br i1 %allocated, label %u9.ibox_init, label %u9.ibox_call, !prof !1

u9.ibox_call:                                     ; preds = %u9.ibox_alloc, %u9.ibox_not_small, %u9.ibox_small
  %c175 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %u9.ibox_done

u9.ibox_table:                                    ; preds = %u9.ibox_small
  %off = mul i64 %biased, 32
  %fd = getelementptr i8, ptr %p164, i64 %off
  %rc165 = load i64, ptr %fd, align 4
  %rc1166 = add i64 %rc165, 1
  store i64 %rc1166, ptr %fd, align 4
  br label %u9.ibox_done

u9.ibox_init:                                     ; preds = %u9.ibox_alloc
  %neg = icmp slt i64 %iadd, 0
  %minus = sub i64 0, %iadd
  %mag168 = select i1 %neg, i64 %minus, i64 %iadd
  %two = icmp ugt i64 %mag168, 1073741823
  %ndigits = select i1 %two, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits
  %size169 = select i1 %neg, i64 %minus_n, i64 %ndigits
  %d0 = and i64 %mag168, 1073741823
  %d1 = lshr i64 %mag168, 30
  store i64 1, ptr %c167, align 4
  %f170 = getelementptr i8, ptr %c167, i64 8
  store ptr @PyLong_Type, ptr %f170, align 8
  %f171 = getelementptr i8, ptr %c167, i64 16
  store i64 %size169, ptr %f171, align 4
  %digit = trunc i64 %d0 to i32
  %f172 = getelementptr i8, ptr %c167, i64 24
  store i32 %digit, ptr %f172, align 4
  %digit173 = trunc i64 %d1 to i32
  %f174 = getelementptr i8, ptr %c167, i64 28
  store i32 %digit173, ptr %f174, align 4
  br label %u9.ibox_done

u9.fbox_done:                                     ; preds = %u9.unboxed_floats
  %fbox = phi ptr [ %c178, %u9.unboxed_floats ]
  br label %u9.num_done

u9.boxed_paths_unused:                            ; No predecessors!
  %f183 = getelementptr i8, ptr %v114, i64 8
  %p184 = load ptr, ptr %f183, align 8
  %f185 = getelementptr i8, ptr %p180, i64 8
  %p186 = load ptr, ptr %f185, align 8
  %a187 = ptrtoint ptr %p184 to i64
  %eq188 = icmp eq i64 %a187, ptrtoint (ptr @PyLong_Type to i64)
  %a189 = ptrtoint ptr %p186 to i64
  %eq190 = icmp eq i64 %a189, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq188, %eq190
  br i1 %both, label %u9.int_test, label %u9.float_check

u9.int_test:                                      ; preds = %u9.boxed_paths_unused
  %f191 = getelementptr i8, ptr %v114, i64 16
  %size192 = load i64, ptr %f191, align 4
  %size1193 = add i64 %size192, 1
  %one_digit194 = icmp ule i64 %size1193, 2
  %f195 = getelementptr i8, ptr %v114, i64 24
  %digit0196 = load i32, ptr %f195, align 4
  %digit0197 = zext i32 %digit0196 to i64
  %ival1198 = mul i64 %size192, %digit0197
  br i1 %one_digit194, label %u9.int_value200, label %u9.int_two_digits199, !prof !1

u9.float_check:                                   ; preds = %u9.boxed_paths_unused
  %f275 = getelementptr i8, ptr %v114, i64 8
  %p276 = load ptr, ptr %f275, align 8
  %f277 = getelementptr i8, ptr %p180, i64 8
  %p278 = load ptr, ptr %f277, align 8
  %a279 = ptrtoint ptr %p276 to i64
  %eq280 = icmp eq i64 %a279, ptrtoint (ptr @PyFloat_Type to i64)
  %a281 = ptrtoint ptr %p278 to i64
  %eq282 = icmp eq i64 %a281, ptrtoint (ptr @PyFloat_Type to i64)
  %both283 = and i1 %eq280, %eq282
  br i1 %both283, label %u9.float_fast, label %u9.mixed_check, !prof !1

u9.int_two_digits199:                             ; preds = %u9.int_test
  %size2201 = add i64 %size192, 2
  %two_digits202 = icmp ule i64 %size2201, 4
  br i1 %two_digits202, label %u9.two_digit_int203, label %u9.num_slow, !prof !1

u9.int_value200:                                  ; preds = %u9.two_digit_int203, %u9.int_test
  %ival212 = phi i64 [ %ival1198, %u9.int_test ], [ %ival2211, %u9.two_digit_int203 ]
  %f213 = getelementptr i8, ptr %p180, i64 16
  %size214 = load i64, ptr %f213, align 4
  %size1215 = add i64 %size214, 1
  %one_digit216 = icmp ule i64 %size1215, 2
  %f217 = getelementptr i8, ptr %p180, i64 24
  %digit0218 = load i32, ptr %f217, align 4
  %digit0219 = zext i32 %digit0218 to i64
  %ival1220 = mul i64 %size214, %digit0219
  br i1 %one_digit216, label %u9.int_value222, label %u9.int_two_digits221, !prof !1

u9.two_digit_int203:                              ; preds = %u9.int_two_digits199
  %f204 = getelementptr i8, ptr %v114, i64 28
  %digit1205 = load i32, ptr %f204, align 4
  %digit1206 = zext i32 %digit1205 to i64
  %hi207 = shl i64 %digit1206, 30
  %mag208 = add i64 %digit0197, %hi207
  %negative209 = icmp slt i64 %size192, 0
  %neg_mag210 = sub i64 0, %mag208
  %ival2211 = select i1 %negative209, i64 %neg_mag210, i64 %mag208
  br label %u9.int_value200

u9.int_two_digits221:                             ; preds = %u9.int_value200
  %size2223 = add i64 %size214, 2
  %two_digits224 = icmp ule i64 %size2223, 4
  br i1 %two_digits224, label %u9.two_digit_int225, label %u9.num_slow, !prof !1

u9.int_value222:                                  ; preds = %u9.two_digit_int225, %u9.int_value200
  %ival234 = phi i64 [ %ival1220, %u9.int_value200 ], [ %ival2233, %u9.two_digit_int225 ]
  %iadd235 = add nsw i64 %ival212, %ival234
  %biased241 = sub i64 %iadd235, -5
  %is_small242 = icmp ult i64 %biased241, 262
  br i1 %is_small242, label %u9.ibox_small237, label %u9.ibox_not_small238

u9.two_digit_int225:                              ; preds = %u9.int_two_digits221
  %f226 = getelementptr i8, ptr %p180, i64 28
  %digit1227 = load i32, ptr %f226, align 4
  %digit1228 = zext i32 %digit1227 to i64
  %hi229 = shl i64 %digit1228, 30
  %mag230 = add i64 %digit0219, %hi229
  %negative231 = icmp slt i64 %size214, 0
  %neg_mag232 = sub i64 0, %mag230
  %ival2233 = select i1 %negative231, i64 %neg_mag232, i64 %mag230
  br label %u9.int_value222

u9.ibox_done236:                                  ; preds = %u9.ibox_call240, %u9.ibox_init257, %u9.ibox_table245
  %int_box274 = phi ptr [ %fd247, %u9.ibox_table245 ], [ %c255, %u9.ibox_init257 ], [ %c273, %u9.ibox_call240 ]
  br label %u9.num_done

u9.ibox_small237:                                 ; preds = %u9.int_value222
  %p243 = load ptr, ptr @rjit_small_ints, align 8
  %have_table244 = icmp ne ptr %p243, null
  br i1 %have_table244, label %u9.ibox_table245, label %u9.ibox_call240, !prof !1

u9.ibox_not_small238:                             ; preds = %u9.int_value222
  %shifted250 = add i64 %iadd235, 1152921504606846975
  %fits251 = icmp ult i64 %shifted250, 2305843009213693951
  %i252 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced253 = icmp eq i32 %i252, 0
  %inline254 = and i1 %fits251, %untraced253
  br i1 %inline254, label %u9.ibox_alloc239, label %u9.ibox_call240, !prof !1

u9.ibox_alloc239:                                 ; preds = %u9.ibox_not_small238
  %c255 = call ptr @PyObject_Malloc(i64 32)
  %allocated256 = icmp ne ptr %c255, null
  br i1 %allocated256, label %u9.ibox_init257, label %u9.ibox_call240, !prof !1

u9.ibox_call240:                                  ; preds = %u9.ibox_alloc239, %u9.ibox_not_small238, %u9.ibox_small237
  %c273 = call ptr @PyLong_FromLongLong(i64 %iadd235)
  br label %u9.ibox_done236

u9.ibox_table245:                                 ; preds = %u9.ibox_small237
  %off246 = mul i64 %biased241, 32
  %fd247 = getelementptr i8, ptr %p243, i64 %off246
  %rc248 = load i64, ptr %fd247, align 4
  %rc1249 = add i64 %rc248, 1
  store i64 %rc1249, ptr %fd247, align 4
  br label %u9.ibox_done236

u9.ibox_init257:                                  ; preds = %u9.ibox_alloc239
  %neg258 = icmp slt i64 %iadd235, 0
  %minus259 = sub i64 0, %iadd235
  %mag260 = select i1 %neg258, i64 %minus259, i64 %iadd235
  %two261 = icmp ugt i64 %mag260, 1073741823
  %ndigits262 = select i1 %two261, i64 2, i64 1
  %minus_n263 = sub i64 0, %ndigits262
  %size264 = select i1 %neg258, i64 %minus_n263, i64 %ndigits262
  %d0265 = and i64 %mag260, 1073741823
  %d1266 = lshr i64 %mag260, 30
  store i64 1, ptr %c255, align 4
  %f267 = getelementptr i8, ptr %c255, i64 8
  store ptr @PyLong_Type, ptr %f267, align 8
  %f268 = getelementptr i8, ptr %c255, i64 16
  store i64 %size264, ptr %f268, align 4
  %digit269 = trunc i64 %d0265 to i32
  %f270 = getelementptr i8, ptr %c255, i64 24
  store i32 %digit269, ptr %f270, align 4
  %digit271 = trunc i64 %d1266 to i32
  %f272 = getelementptr i8, ptr %c255, i64 28
  store i32 %digit271, ptr %f272, align 4
  br label %u9.ibox_done236

u9.float_fast:                                    ; preds = %u9.float_check
  %f284 = getelementptr i8, ptr %v114, i64 16
  %fval285 = load double, ptr %f284, align 8
  %f286 = getelementptr i8, ptr %p180, i64 16
  %fval287 = load double, ptr %f286, align 8
  %fadd288 = fadd double %fval285, %fval287
  %rc290 = load i64, ptr %p180, align 4
  %only = icmp eq i64 %rc290, 1
  br i1 %only, label %u9.fbox_operand, label %u9.fbox_next

u9.mixed_check:                                   ; preds = %u9.float_check
  %f296 = getelementptr i8, ptr %v114, i64 8
  %p297 = load ptr, ptr %f296, align 8
  %a298 = ptrtoint ptr %p297 to i64
  %eq299 = icmp eq i64 %a298, ptrtoint (ptr @PyFloat_Type to i64)
  %a300 = ptrtoint ptr %p297 to i64
  %eq301 = icmp eq i64 %a300, ptrtoint (ptr @PyLong_Type to i64)
  %f302 = getelementptr i8, ptr %p180, i64 8
  %p303 = load ptr, ptr %f302, align 8
  %a304 = ptrtoint ptr %p303 to i64
  %eq305 = icmp eq i64 %a304, ptrtoint (ptr @PyFloat_Type to i64)
  %a306 = ptrtoint ptr %p303 to i64
  %eq307 = icmp eq i64 %a306, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq299, %eq307
  %int_first = and i1 %eq301, %eq305
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u9.mixed, label %u9.num_slow, !prof !1

u9.fbox_done289:                                  ; preds = %u9.fbox_next, %u9.fbox_operand
  %fbox295 = phi ptr [ %p180, %u9.fbox_operand ], [ %c294, %u9.fbox_next ]
  br label %u9.num_done

u9.fbox_operand:                                  ; preds = %u9.float_fast
  %f291 = getelementptr i8, ptr %p180, i64 16
  store double %fadd288, ptr %f291, align 8
  %rc292 = load i64, ptr %p180, align 4
  %rc1293 = add i64 %rc292, 1
  store i64 %rc1293, ptr %p180, align 4
  br label %u9.fbox_done289

u9.fbox_next:                                     ; preds = %u9.float_fast
  %c294 = call ptr @PyFloat_FromDouble(double %fadd288)
  br label %u9.fbox_done289

u9.mixed:                                         ; preds = %u9.mixed_check
  %int_operand = select i1 %float_first, ptr %p180, ptr %v114
  %float_operand = select i1 %float_first, ptr %v114, ptr %p180
  %f308 = getelementptr i8, ptr %int_operand, i64 16
  %size309 = load i64, ptr %f308, align 4
  %size1310 = add i64 %size309, 1
  %one_digit311 = icmp ule i64 %size1310, 2
  %f312 = getelementptr i8, ptr %int_operand, i64 24
  %digit0313 = load i32, ptr %f312, align 4
  %digit0314 = zext i32 %digit0313 to i64
  %ival1315 = mul i64 %size309, %digit0314
  br i1 %one_digit311, label %u9.int_value317, label %u9.int_two_digits316, !prof !1

u9.int_two_digits316:                             ; preds = %u9.mixed
  %size2318 = add i64 %size309, 2
  %two_digits319 = icmp ule i64 %size2318, 4
  br i1 %two_digits319, label %u9.two_digit_int320, label %u9.num_slow, !prof !1

u9.int_value317:                                  ; preds = %u9.two_digit_int320, %u9.mixed
  %ival329 = phi i64 [ %ival1315, %u9.mixed ], [ %ival2328, %u9.two_digit_int320 ]
  %itof330 = sitofp i64 %ival329 to double
  %f331 = getelementptr i8, ptr %float_operand, i64 16
  %fval332 = load double, ptr %f331, align 8
  %x = select i1 %float_first, double %fval332, double %itof330
  %y = select i1 %float_first, double %itof330, double %fval332
  %fadd333 = fadd double %x, %y
  br label %u9.float_result

u9.two_digit_int320:                              ; preds = %u9.int_two_digits316
  %f321 = getelementptr i8, ptr %int_operand, i64 28
  %digit1322 = load i32, ptr %f321, align 4
  %digit1323 = zext i32 %digit1322 to i64
  %hi324 = shl i64 %digit1323, 30
  %mag325 = add i64 %digit0314, %hi324
  %negative326 = icmp slt i64 %size309, 0
  %neg_mag327 = sub i64 0, %mag325
  %ival2328 = select i1 %negative326, i64 %neg_mag327, i64 %mag325
  br label %u9.int_value317

u9.fbox_done334:                                  ; preds = %u9.fbox_next342, %u9.fbox_operand341
  %fbox347 = phi ptr [ %p180, %u9.fbox_operand341 ], [ %c346, %u9.fbox_next342 ]
  br label %u9.num_done

u9.fbox_operand341:                               ; preds = %u9.float_result
  %f343 = getelementptr i8, ptr %p180, i64 16
  store double %fres, ptr %f343, align 8
  %rc344 = load i64, ptr %p180, align 4
  %rc1345 = add i64 %rc344, 1
  store i64 %rc1345, ptr %p180, align 4
  br label %u9.fbox_done334

u9.fbox_next342:                                  ; preds = %u9.float_result
  %c346 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u9.fbox_done334

u9.operator_dunder:                               ; preds = %u9.num_slow
  %c352 = call ptr @rjit_binary_dunder(ptr %0, ptr %v114, ptr %p180, i32 0)
  br label %u9.operator_done

u9.operator_c:                                    ; preds = %u9.num_slow
  %c353 = call ptr @PyNumber_Add(ptr %v114, ptr %p180)
  br label %u9.operator_done

u9.operator_done:                                 ; preds = %u9.operator_c, %u9.operator_dunder
  %number = phi ptr [ %c352, %u9.operator_dunder ], [ %c353, %u9.operator_c ]
  br label %u9.num_done

u9.xdec:                                          ; preds = %u9.num_done
  %rc356 = load i64, ptr %v354, align 4
  %rc1357 = sub i64 %rc356, 1
  store i64 %rc1357, ptr %v354, align 4
  %dead358 = icmp eq i64 %rc1357, 0
  br i1 %dead358, label %u9.dealloc, label %u9.cont359, !prof !0

u9.cont:                                          ; preds = %u9.cont359, %u9.num_done
  %isnull361 = icmp eq ptr %res, null
  br i1 %isnull361, label %u9.error, label %u9.ok, !prof !0

u9.dealloc:                                       ; preds = %u9.xdec
  call void @_Py_Dealloc(ptr %v354)
  br label %u9.cont359

u9.cont359:                                       ; preds = %u9.dealloc, %u9.xdec
  br label %u9.cont

u9.error:                                         ; preds = %u9.cont
  %c360 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c360

u9.ok:                                            ; preds = %u9.cont
  store ptr %res, ptr %s0, align 8
  br label %i11

u12.eval_breaker:                                 ; preds = %i12
  %c380 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c380, label %u12.deopt [
    i32 0, label %u12.cont
    i32 -1, label %u12.error
  ]

u12.cont:                                         ; preds = %u12.eval_breaker, %i12
  br label %i13

u12.deopt:                                        ; preds = %u12.eval_breaker
  %v381 = load ptr, ptr %s0, align 8
  %f382 = getelementptr i8, ptr %1, i64 80
  store ptr %v381, ptr %f382, align 8
  %c383 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c383

u12.error:                                        ; preds = %u12.eval_breaker
  %v384 = load ptr, ptr %s0, align 8
  %f385 = getelementptr i8, ptr %1, i64 80
  store ptr %v384, ptr %f385, align 8
  %c386 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c386

u13.xdec:                                         ; preds = %i13
  %rc389 = load i64, ptr %v387, align 4
  %rc1390 = sub i64 %rc389, 1
  store i64 %rc1390, ptr %v387, align 4
  %dead391 = icmp eq i64 %rc1390, 0
  br i1 %dead391, label %u13.dealloc, label %u13.cont392, !prof !0

u13.cont:                                         ; preds = %u13.cont392, %i13
  br label %i14

u13.dealloc:                                      ; preds = %u13.xdec
  %f393 = getelementptr i8, ptr %f2, i64 26
  %f394 = getelementptr i8, ptr %1, i64 56
  store ptr %f393, ptr %f394, align 8
  call void @_Py_Dealloc(ptr %v387)
  br label %u13.cont392

u13.cont392:                                      ; preds = %u13.dealloc, %u13.xdec
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

declare ptr @PyObject_Malloc(i64)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
